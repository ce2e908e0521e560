/**
 * Child-process entry of the relay floor: a bare `ws` relay that does the least any websocket
 * collaboration server must do per message, so the bench can show what that least costs on the same
 * workload. It keeps no document, applies nothing, stores nothing and checks no one: a sync step 1
 * is answered with an empty sync step 2 (so y-websocket clients count as synced), and every other
 * message is sent unchanged to the room's other sockets. It only serves the latency workload, where
 * every editor joins an empty document before anyone writes. Listens on 127.0.0.1:$PORT.
 */
import { createServer, type IncomingMessage } from "node:http";
import { WebSocketServer, type RawData, type WebSocket } from "ws";

/** y-websocket message type 0 (sync), sync type 0 (step 1). */
const isSyncStep1 = (message: Buffer): boolean => message[0] === 0 && message[1] === 0;
/** Sync type 1 (step 2) carrying the empty update: no structs (0), no deletions (0). */
const EMPTY_SYNC_STEP2 = Buffer.from([0, 1, 2, 0, 0]);

const port = Number(process.env.PORT);
const rooms = new Map<string, Set<WebSocket>>();

function join(socket: WebSocket, request: IncomingMessage): void {
  const name = request.url ?? "/";
  const room = rooms.get(name) ?? new Set<WebSocket>();
  rooms.set(name, room);
  room.add(socket);
  socket.on("message", (data: RawData) => {
    if (!Buffer.isBuffer(data)) return;
    if (isSyncStep1(data)) {
      socket.send(EMPTY_SYNC_STEP2);
      return;
    }
    for (const peer of room) if (peer !== socket) peer.send(data);
  });
  socket.on("close", () => {
    room.delete(socket);
    if (room.size === 0) rooms.delete(name);
  });
}

const http = createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/plain" });
  response.end("ok");
});
const sockets = new WebSocketServer({ noServer: true });
http.on("upgrade", (request: IncomingMessage, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (client) => join(client, request));
});
http.listen(port, "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
