/**
 * The servers ours is compared with, each started from its entry file (compiled by `compileEntry`)
 * in a child process on a free port, with an inspector port for forced garbage collection:
 *   reference   `@y/websocket-server` 0.1.1, the Yjs reference server (`referenceEntry.ts`)
 *   hocuspocus  `@hocuspocus/server` 3.x, no extensions, in memory (`hocuspocusEntry.ts`)
 *   floor       a bare `ws` relay with no Yjs (`floorEntry.ts`), the cost of forwarding alone
 */
import type { BenchConfig } from "../config.js";
import { syntheticDocPlan, type BenchServer } from "./benchServer.js";
import { compileEntry } from "./compileEntry.js";
import { forceGc, inspectFlag } from "./forceGc.js";
import { freePort, spawnServer, stopChild, waitForHttp } from "./serverProcess.js";

/** How one comparison server is started and what it takes part in. */
interface ComparisonServer {
  name: "reference" | "hocuspocus" | "floor";
  entry: string;
  protocol: BenchServer["target"]["protocol"];
  /** Time for the server to free closed documents before memory is read again. */
  settleAfterCloseMs: number;
  /** Only these workloads (default: all). */
  workloads?: BenchServer["workloads"];
}

const REFERENCE: ComparisonServer = {
  name: "reference",
  entry: "referenceEntry.ts",
  protocol: "y-websocket",
  // It keeps every document forever, so there is nothing to wait for after a close.
  settleAfterCloseMs: 2_000,
};

const HOCUSPOCUS: ComparisonServer = {
  name: "hocuspocus",
  entry: "hocuspocusEntry.ts",
  protocol: "hocuspocus",
  // It unloads a document as soon as its last connection closes (`unloadImmediately`).
  settleAfterCloseMs: 2_000,
};

const FLOOR: ComparisonServer = {
  name: "floor",
  entry: "floorEntry.ts",
  protocol: "y-websocket",
  // It keeps no documents, and it is not run on the memory workload.
  settleAfterCloseMs: 0,
  // Cold sync needs a server that keeps the document.
  workloads: ["latency"],
};

/** Starts `server` and waits until it answers HTTP. */
async function startComparison(
  server: ComparisonServer,
  config: BenchConfig,
): Promise<BenchServer> {
  const port = await freePort();
  const inspectPort = await freePort();
  const child = spawnServer(server.name, [inspectFlag(inspectPort), compileEntry(server.entry)], {
    PORT: String(port),
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, child);
  return {
    name: server.name,
    pid: child.pid,
    target: { protocol: server.protocol, serverUrl: `ws://127.0.0.1:${port}`, headers: {} },
    docs: syntheticDocPlan(config),
    settleAfterCloseMs: server.settleAfterCloseMs,
    collectGarbage: () => forceGc(inspectPort),
    stop: () => stopChild(child.child),
    ...(server.workloads ? { workloads: server.workloads } : {}),
  };
}

export const startReference = (config: BenchConfig) => startComparison(REFERENCE, config);
export const startHocuspocus = (config: BenchConfig) => startComparison(HOCUSPOCUS, config);
export const startFloor = (config: BenchConfig) => startComparison(FLOOR, config);
