/**
 * Child-process entry of the Hocuspocus server (`@hocuspocus/server` 3.x): no extensions, documents in
 * memory only. Listens on 127.0.0.1:$PORT; its HTTP handler answers plain requests with 200.
 */
import { Server } from "@hocuspocus/server";

const server = new Server({
  port: Number(process.env.PORT),
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: false,
});
await server.listen();
process.on("SIGTERM", () => {
  server.destroy().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
