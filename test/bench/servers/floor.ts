/** Starts the relay floor (`floorEntry.ts`: a bare `ws` relay, no Yjs) in a child process. */
import type { BenchConfig } from "../config.js";
import { syntheticDocPlan, type BenchServer } from "./benchServer.js";
import { compileEntry } from "./compileEntry.js";
import { forceGc, inspectFlag } from "./forceGc.js";
import { freePort, spawnServer, stopChild, waitForHttp } from "./serverProcess.js";

/** Starts the relay and waits until it answers HTTP. */
export async function startFloor(config: BenchConfig): Promise<BenchServer> {
  const port = await freePort();
  const inspectPort = await freePort();
  const server = spawnServer("floor", [inspectFlag(inspectPort), compileEntry("floorEntry.ts")], {
    PORT: String(port),
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, server);
  return {
    name: "floor",
    pid: server.pid,
    target: { protocol: "y-websocket", serverUrl: `ws://127.0.0.1:${port}`, headers: {} },
    docs: syntheticDocPlan(config),
    // It keeps no documents, and it is not run on the memory workload.
    settleAfterCloseMs: 0,
    collectGarbage: () => forceGc(inspectPort),
    stop: () => stopChild(server.child),
    // Cold sync needs a server that keeps the document.
    workloads: ["latency"],
  };
}
