/**
 * Child-process entry of the reference server: `@y/websocket-server` 0.1.1's `setupWSConnection` on a
 * `ws` server, in memory, as its own bin does it. Listens on 127.0.0.1:$PORT; any HTTP request gets 200.
 */
import { setupWSConnection } from "@y/websocket-server/utils";
import { createServer } from "node:http";
import { WebSocketServer } from "ws";

const port = Number(process.env.PORT);
const http = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("ok");
});
const sockets = new WebSocketServer({ noServer: true });
sockets.on("connection", setupWSConnection);
http.on("upgrade", (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (client) =>
    sockets.emit("connection", client, request),
  );
});
http.listen(port, "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
