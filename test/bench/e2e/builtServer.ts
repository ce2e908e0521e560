/** Starts the built server (`npm run build` first) on a free loopback port with a fresh demo data directory. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  freePort,
  LOOPBACK,
  startBuiltServer as startProcess,
  stopBuiltServer,
} from "../../e2e/builtServer.js";

/** A running server and how to stop it. */
export interface BuiltServer {
  baseURL: string;
  stop(): Promise<void>;
}

/** Starts the server and waits for `/api/health`; `stop()` also removes its data directory. */
export async function startBuiltServer(): Promise<BuiltServer> {
  const dataDir = await mkdtemp(join(tmpdir(), "casustafel-bench-e2e-"));
  const port = await freePort();
  const child = await startProcess(port, dataDir, { LOG_LEVEL: "warn" });
  return {
    baseURL: `http://${LOOPBACK}:${port}`,
    stop: async () => {
      await stopBuiltServer(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
