/** Starts `@hocuspocus/server` 3.x (no extensions, in memory) in a child process. */
import type { BenchConfig } from "../config.js";
import { syntheticDocPlan, type BenchServer } from "./benchServer.js";
import { compileEntry } from "./compileEntry.js";
import { forceGc, inspectFlag } from "./forceGc.js";
import { freePort, spawnServer, stopChild, waitForHttp } from "./serverProcess.js";

/** Hocuspocus unloads a document as soon as its last connection closes (`unloadImmediately`). */
const SETTLE_AFTER_CLOSE_MS = 2_000;

/** Starts the Hocuspocus server and waits until it answers HTTP. */
export async function startHocuspocus(config: BenchConfig): Promise<BenchServer> {
  const port = await freePort();
  const inspectPort = await freePort();
  const server = spawnServer(
    "hocuspocus",
    [inspectFlag(inspectPort), compileEntry("hocuspocusEntry.ts")],
    {
      PORT: String(port),
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`, server);
  return {
    name: "hocuspocus",
    pid: server.pid,
    target: { protocol: "hocuspocus", serverUrl: `ws://127.0.0.1:${port}`, headers: {} },
    docs: syntheticDocPlan(config),
    settleAfterCloseMs: SETTLE_AFTER_CLOSE_MS,
    collectGarbage: () => forceGc(inspectPort),
    stop: () => stopChild(server.child),
  };
}
