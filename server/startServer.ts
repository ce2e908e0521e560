/**
 * Wires the server together: store → sessions → HTTP app → listen. Used by the composition root
 * (index.ts) and by integration tests, which start it on port 0 with a temp DATA_DIR.
 */
import type { AddressInfo } from "node:net";
import { LoginThrottle } from "./auth/loginThrottle.js";
import { SessionService } from "./auth/sessions.js";
import type { Config } from "./config.js";
import { DEMO_PASSWORD } from "./demo/demoRegion.js";
import { seedDemo } from "./demo/seedDemo.js";
import { buildHttpApp } from "./http/app.js";
import type { Log } from "./log.js";
import { openFileStore } from "./store/openStore.js";
import type { Store } from "./store/store.js";

const SESSION_PRUNE_INTERVAL_MS = 60_000;

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** Stops accepting, closes sockets, flushes every write. */
  close(): Promise<void>;
}

/** Opens the store (seeding the demo region when asked) and starts listening. */
export async function startServer(config: Config, log: Log): Promise<RunningServer> {
  const { store, created } = await openFileStore(config.dataDir);
  if (created && config.demo) {
    await seedDemo(store, config.demoExtraCases);
    log.info({ extraCases: config.demoExtraCases }, "demo region created");
  }
  if (store.users.count() === 0) {
    log.warn("no accounts yet: create the first beheerder with `npm run admin:create`");
  }

  const sessions = new SessionService(store, config.sessionIdleMs, config.sessionMaxMs);
  const throttle = new LoginThrottle(config.loginMaxFailures, config.loginWindowMs);
  const app = await buildHttpApp(
    { config, store, sessions, throttle, onSessionEnded: () => undefined },
    log,
  );

  const pruneTimer = setInterval(() => {
    sessions.pruneExpired().catch((err: unknown) => log.error({ err }, "session pruning failed"));
  }, SESSION_PRUNE_INTERVAL_MS);
  pruneTimer.unref();

  await app.listen({ port: config.port, host: config.host });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  log.info({ url }, `Casustafel listening on ${url}`);
  if (config.demo && store.users.findByUsername("pr.jansen")) {
    log.info(
      `Demo mode is on: log in at ${url} as pr.jansen (or cr.bakker, dn.devries, dn.smit, in.school, beheer) with password "${DEMO_PASSWORD}"`,
    );
  }

  return {
    url,
    port,
    store,
    async close() {
      clearInterval(pruneTimer);
      await app.close();
      await store.flush();
    },
  };
}
