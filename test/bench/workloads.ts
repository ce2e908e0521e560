/**
 * The workloads of issue 3 as run by the orchestrator: each one drives the client processes against a
 * server child and writes its numbers into the server's result. Server-side readings come from `/proc`.
 */
import type { ClientProcess } from "./clients/clientProcess.js";
import type { BenchConfig } from "./config.js";
import {
  median,
  nowMicros,
  percentile,
  readCpuMicros,
  readCpuSplit,
  readSyscalls,
  readRssBytes,
} from "./metrics.js";
import type { ServerResult } from "./results.js";
import type { BenchServer } from "./servers/benchServer.js";

const IDLE_CONCURRENCY = 50;
const SETTLE_MS = 1_000;
const MAX_DRAIN_MS = 15_000;
const START_LEAD_MS = 500;

/**
 * RSS before, with the idle documents open and after they closed (and the server had time to
 * unload). A few warm-up documents are opened and closed first, so that what a server's first use
 * costs once is in the baseline, not counted as memory the documents kept.
 */
export async function runMemory(
  server: BenchServer,
  clients: readonly ClientProcess[],
  result: ServerResult,
): Promise<void> {
  const client = first(clients);
  await client.request("idleOpen", {
    target: server.target,
    docNames: [...server.docs.warmup],
    concurrency: IDLE_CONCURRENCY,
  });
  await client.request("closeAll", {});
  await sleep(server.settleAfterCloseMs);
  const baseline = await settledRss(server);
  const opened = await client.request("idleOpen", {
    target: server.target,
    docNames: [...server.docs.idle],
    concurrency: IDLE_CONCURRENCY,
  });
  await sleep(SETTLE_MS);
  const open = await settledRss(server);
  await client.request("closeAll", {});
  await sleep(server.settleAfterCloseMs);
  const closed = await settledRss(server);
  result.rssBytes = { baseline, open, closed, docs: opened.connections };
}

/** Propagation latency and server CPU per delivered update, editors spread over all client processes. */
export async function runLatency(
  server: BenchServer,
  clients: readonly ClientProcess[],
  config: BenchConfig,
  result: ServerResult,
): Promise<void> {
  const editorIds = Array.from({ length: config.editorsPerDoc }, (_, i) => i);
  const share = (index: number): number[] =>
    editorIds.filter((id) => id % clients.length === index);
  await Promise.all(
    clients.map((client, index) =>
      client.request("latencyOpen", {
        target: server.target,
        docNames: [...server.docs.latency],
        editorIds: share(index),
      }),
    ),
  );
  const cpuBefore = readCpuSplit(server.pid);
  const syscallsBefore = readSyscalls(server.pid);
  const clientCpuBefore = sumCpu(clients);
  const wallBefore = nowMicros();
  const startAtMicros = nowMicros() + START_LEAD_MS * 1000;
  const runs = await Promise.all(
    clients.map((client) =>
      client.request("latencyRun", {
        startAtMicros,
        warmupMs: config.warmupSeconds * 1000,
        measureMs: config.seconds * 1000,
        drainMs: MAX_DRAIN_MS,
        rate: config.editsPerSecond,
      }),
    ),
  );
  const cpuAfter = readCpuSplit(server.pid);
  const syscallsAfter = readSyscalls(server.pid);
  const userMicros = cpuAfter.user - cpuBefore.user;
  const systemMicros = cpuAfter.system - cpuBefore.system;
  const cpuMicros = userMicros + systemMicros;
  const wallMicros = nowMicros() - wallBefore;
  result.latencyCores = {
    server: cpuMicros / wallMicros,
    clients: (sumCpu(clients) - clientCpuBefore) / wallMicros,
  };
  await Promise.all(clients.map((client) => client.request("closeAll", {})));

  const samples = runs.flatMap((run) => run.samples).sort((a, b) => a - b);
  const delivered = runs.reduce((sum, run) => sum + run.delivered, 0);
  const sent = runs.reduce((sum, run) => sum + run.sent, 0);
  const ms = (fraction: number): number => percentile(samples, fraction) / 1000;
  result.latencyMs = { p50: ms(0.5), p95: ms(0.95), p99: ms(0.99), samples: samples.length };
  result.deliveryRatio = delivered / (sent * Math.max(1, config.editorsPerDoc - 1));
  const scheduled =
    server.docs.latency.length *
    config.editorsPerDoc *
    config.editsPerSecond *
    (config.warmupSeconds + config.seconds);
  result.sendRatio = sent / scheduled;
  result.cpuMicrosPerUpdate = delivered > 0 ? cpuMicros / delivered : undefined;
  result.kernelCpuShare = cpuMicros > 0 ? systemMicros / cpuMicros : undefined;
  if (delivered > 0) {
    result.syscallsPerUpdate = {
      reads: (syscallsAfter.reads - syscallsBefore.reads) / delivered,
      writes: (syscallsAfter.writes - syscallsBefore.writes) / delivered,
    };
  }
  noteCloseCodes(
    result,
    "latency",
    runs.flatMap((run) => run.closeCodes),
  );
}

/** Burst ingest from a writer in one process to a reader in another, then cold syncs of that document. */
export async function runBurst(
  server: BenchServer,
  clients: readonly ClientProcess[],
  config: BenchConfig,
  result: ServerResult,
): Promise<void> {
  const [writer, reader] = clients;
  if (!writer || !reader) throw new Error("the burst needs two client processes");
  const docName = server.docs.burst;
  await writer.request("burstOpen", { target: server.target, docName });
  await reader.request("burstOpen", { target: server.target, docName });
  const completed = reader.request("burstAwait", {
    updates: config.burstUpdates,
    timeoutMs: 120_000,
  });
  const written = await writer.request("burstWrite", { updates: config.burstUpdates });
  const { completedAtMicros } = await completed;
  result.burstMs = (completedAtMicros - written.startedAtMicros) / 1000;
  noteCloseCodes(result, "burst", written.closeCodes);

  const cold = await reader.request("coldSync", {
    target: server.target,
    docName,
    expectedLength: config.burstUpdates,
    runs: config.coldRuns,
  });
  result.coldSyncMs = median(cold.millis);
  await Promise.all([writer.request("closeAll", {}), reader.request("closeAll", {})]);
}

/** RSS right after a full GC, so the reading does not depend on when V8 last collected. */
async function settledRss(server: BenchServer): Promise<number> {
  await server.collectGarbage();
  return readRssBytes(server.pid);
}

function noteCloseCodes(result: ServerResult, workload: string, codes: readonly number[]): void {
  if (codes.length > 0)
    result.notes.push(
      `${workload}: server closed ${codes.length} connection(s), codes ${[...new Set(codes)].join(", ")}`,
    );
}

function sumCpu(clients: readonly ClientProcess[]): number {
  return clients.reduce((sum, client) => sum + readCpuMicros(client.pid), 0);
}

function first(clients: readonly ClientProcess[]): ClientProcess {
  const client = clients[0];
  if (!client) throw new Error("no client process");
  return client;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
