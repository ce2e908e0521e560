/** A `ws` WebSocket class that adds fixed upgrade headers, for providers that only take a constructor. */
import WebSocket from "ws";

/** A WebSocket constructor of the shape browser-style providers call: `new WS(url, protocols)`. */
export type WebSocketConstructor = new (
  url: string | URL,
  protocols?: string | string[],
) => WebSocket;

/** Returns a WebSocket constructor that sends `headers` (cookie, origin) with every upgrade request. */
export function webSocketWithHeaders(
  headers: Readonly<Record<string, string>>,
): WebSocketConstructor {
  return class HeaderWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...headers } });
    }
  };
}
