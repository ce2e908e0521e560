/**
 * y-websocket clients against the real product server: a `WebsocketProvider` over `ws` that sends a
 * real session cookie and the server's own Origin, with BroadcastChannel disabled.
 */
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { TestServer } from "./server.js";

/** A connected client and the close codes it received. */
export interface SessionClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  closeCodes: number[];
  destroy(): void;
}

/** Connects to `docName` (e.g. `case/<id>/plan`) with the given `Cookie` header value. */
export function connectAs(server: TestServer, cookie: string, docName: string): SessionClient {
  const headers = { Cookie: cookie, Origin: server.url };
  class WebSocketWithSession extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${server.url.replace("http", "ws")}/collab`,
    docName,
    doc,
    {
      WebSocketPolyfill: WebSocketWithSession as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 200,
    },
  );
  const closeCodes: number[] = [];
  provider.on("connection-close", (event) => {
    if (event) closeCodes.push(event.code);
  });
  return {
    doc,
    provider,
    closeCodes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Polls until `check` holds; fails naming `what` after `timeoutMs`. */
export async function eventually(
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The id of the demo case with this title, as seen by the logged-in user. */
export async function caseIdByTitle(
  server: TestServer,
  cookie: string,
  title: string,
): Promise<string> {
  const res = await server.api("/api/cases", { cookie });
  const { cases } = (await res.json()) as { cases: { id: string; title: string }[] };
  const found = cases.find((c) => c.title === title);
  if (!found) throw new Error(`case not visible: ${title}`);
  return found.id;
}
