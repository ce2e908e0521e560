/**
 * Composition root: config → logger → store → HTTP + websocket server. Shuts down gracefully on
 * SIGTERM/SIGINT (stop accepting, close sockets, flush writes, exit 0).
 */
import { loadConfig } from "./config.js";
import { createLogger, errorFacts } from "./log.js";
import { startServer } from "./startServer.js";
import { TemplateLoadError } from "./documents/templateLoader.js";
import { StoreOpenError } from "./store/openStore.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer(config, log);
  } catch (error: unknown) {
    if (error instanceof StoreOpenError || error instanceof TemplateLoadError) {
      log.fatal(error.message);
      process.exit(1);
    }
    throw error;
  }
  const running = server;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error(errorFacts(err), "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
