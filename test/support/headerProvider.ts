/**
 * The one way tests open a real y-websocket client in Node: `WebsocketProvider` over `ws`, sending
 * fixed headers (session cookie, Origin) on every connect, BroadcastChannel disabled, fast retries.
 */
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { OpenAccess } from "../../shared/wire/access.js";
import { readAccessChecked } from "../../shared/wire/accessChecked.js";
import {
  MessageType,
  OWN_MESSAGES_PARAM,
  OWN_MESSAGES_VERSION,
} from "../../shared/wire/messages.js";

/** A connected client, the close codes the server sent it and the access it was told, in order. */
export interface HeaderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closeCodes: number[];
  /** Each access the server told after re-checking the connection (shared/wire/accessChecked.ts). */
  accessChecks: OpenAccess[];
  destroy(): void;
}

/** A `ws` WebSocket class that sends `headers` on every connect. */
export function webSocketWithHeaders(headers: Record<string, string>): typeof globalThis.WebSocket {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return WebSocketWithHeaders as unknown as typeof globalThis.WebSocket;
}

/**
 * Connects to `docName` under `collabUrl` (e.g. `ws://127.0.0.1:1234/collab`) with `headers`. Like
 * the app, the client asks for Casustafel's own messages, unless `plain` (a stock y-websocket client).
 */
export function connectWithHeaders(
  collabUrl: string,
  docName: string,
  headers: Record<string, string>,
  doc = new Y.Doc(),
  { plain = false }: { plain?: boolean } = {},
): HeaderClient {
  const provider = new WebsocketProvider(collabUrl, docName, doc, {
    WebSocketPolyfill: webSocketWithHeaders(headers),
    disableBc: true,
    maxBackoffTime: 200,
    params: plain ? {} : { [OWN_MESSAGES_PARAM]: OWN_MESSAGES_VERSION },
  });
  const closeCodes: number[] = [];
  provider.on("connection-close", (event) => {
    if (event) closeCodes.push(event.code);
  });
  const accessChecks: OpenAccess[] = [];
  provider.messageHandlers[MessageType.AccessChecked] = (_encoder, decoder) => {
    const access = readAccessChecked(decoder);
    if (access !== null) accessChecks.push(access);
  };
  return {
    doc,
    provider,
    closeCodes,
    accessChecks,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
