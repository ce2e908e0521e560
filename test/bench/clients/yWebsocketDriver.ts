/** Driver for servers speaking the y-websocket protocol (ours and the reference server), via `WebsocketProvider`. */
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createSyncSignal, type DocConnection, type DocConnector, type Target } from "./driver.js";
import { webSocketWithHeaders } from "./headerWebSocket.js";

/** Connects documents with y-websocket's own client, BroadcastChannel off and without reconnecting. */
export function yWebsocketConnector(target: Target): DocConnector {
  const WebSocketClass = webSocketWithHeaders(
    target.headers,
  ) as unknown as typeof globalThis.WebSocket;
  return (docName) => {
    const doc = new Y.Doc();
    const signal = createSyncSignal(docName);
    const closeCodes: number[] = [];
    const provider = new WebsocketProvider(target.serverUrl, docName, doc, {
      WebSocketPolyfill: WebSocketClass,
      disableBc: true,
      // A server-side close is a result to report, not something to hide behind a reconnect.
      shouldReconnect: () => false,
    });
    provider.on("sync", (isSynced: boolean) => {
      if (isSynced) signal.markSynced();
    });
    provider.on("connection-close", (event: CloseEvent | null) => {
      if (event === null) return; // Closed by us.
      closeCodes.push(event.code);
      signal.markClosed(event.code, event.reason);
    });
    const connection: DocConnection = {
      doc,
      synced: signal.synced,
      closeCodes,
      destroy: () => {
        provider.destroy();
        doc.destroy();
      },
    };
    return connection;
  };
}
