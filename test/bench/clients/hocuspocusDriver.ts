/** Driver for the Hocuspocus server, via `HocuspocusProvider` on its own `HocuspocusProviderWebsocket`. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as Y from "yjs";
import { createSyncSignal, type DocConnection, type DocConnector, type Target } from "./driver.js";
import { webSocketWithHeaders } from "./headerWebSocket.js";

/**
 * Connects documents with Hocuspocus's client. Each document gets its own socket, like y-websocket,
 * so all three servers carry the same number of connections.
 */
export function hocuspocusConnector(target: Target): DocConnector {
  const WebSocketClass = webSocketWithHeaders(target.headers);
  return (docName) => {
    const doc = new Y.Doc();
    const signal = createSyncSignal(docName);
    const closeCodes: number[] = [];
    const socket = new HocuspocusProviderWebsocket({
      url: target.serverUrl,
      WebSocketPolyfill: WebSocketClass,
      maxAttempts: 1,
    });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: docName,
      document: doc,
      onSynced: ({ state }) => {
        if (state) signal.markSynced();
      },
      onClose: ({ event }) => {
        closeCodes.push(event.code);
        signal.markClosed(event.code, event.reason);
      },
    });
    // A provider given an explicit socket does not attach itself.
    provider.attach();
    const connection: DocConnection = {
      doc,
      synced: signal.synced,
      closeCodes,
      destroy: () => {
        provider.destroy();
        socket.destroy();
        doc.destroy();
      },
    };
    return connection;
  };
}
