/** Starts the Yjs reference server (`@y/websocket-server` 0.1.1) in a child process. */
import type { BenchConfig } from "../config.js";
import { syntheticDocPlan, type BenchServer } from "./benchServer.js";
import { compileEntry } from "./compileEntry.js";
import { forceGc, inspectFlag } from "./forceGc.js";
import { freePort, spawnServer, stopChild, waitForHttp } from "./serverProcess.js";

/** The reference server keeps every document forever, so there is nothing to wait for after a close. */
const SETTLE_AFTER_CLOSE_MS = 2_000;

/** Starts the reference server and waits until it answers HTTP. */
export async function startReference(config: BenchConfig): Promise<BenchServer> {
  const port = await freePort();
  const inspectPort = await freePort();
  const server = spawnServer(
    "reference",
    [inspectFlag(inspectPort), compileEntry("referenceEntry.ts")],
    {
      PORT: String(port),
    },
  );
  await waitForHttp(`http://127.0.0.1:${port}/`, server);
  return {
    name: "reference",
    pid: server.pid,
    target: { protocol: "y-websocket", serverUrl: `ws://127.0.0.1:${port}`, headers: {} },
    docs: syntheticDocPlan(config),
    settleAfterCloseMs: SETTLE_AFTER_CLOSE_MS,
    collectGarbage: () => forceGc(inspectPort),
    stop: () => stopChild(server.child),
  };
}
