/** The measurements of one server, as gathered by the workloads and printed by the report. */
import type { ServerName } from "./servers/benchServer.js";

/** Everything measured on one server; a field stays undefined when its workload failed. */
export interface ServerResult {
  name: ServerName;
  latencyMs?: { p50: number; p95: number; p99: number; samples: number };
  /** Edits the editors managed to send / edits scheduled (below 1: the clients were starved of CPU). */
  sendRatio?: number;
  /** Updates received by editors / updates they should have received (sent × other editors). */
  deliveryRatio?: number;
  cpuMicrosPerUpdate?: number;
  /** Share of the server's CPU during the latency workload spent in the kernel (socket writes). */
  kernelCpuShare?: number;
  /**
   * Read and write system calls of the server per delivered update in the latency workload (sockets
   * and, for ours, the document logs): the part of the CPU cost no server avoids per message.
   */
  syscallsPerUpdate?: { reads: number; writes: number };
  /** Cores the server and all client processes used during the latency workload (is the machine saturated?). */
  latencyCores?: { server: number; clients: number };
  burstMs?: number;
  coldSyncMs?: number;
  rssBytes?: { baseline: number; open: number; closed: number; docs: number };
  /** What went wrong or looks off (failed workloads, server close codes). */
  notes: string[];
}

/** A fresh, empty result for `name`. */
export function emptyResult(name: ServerName): ServerResult {
  return { name, notes: [] };
}

function best(
  values: readonly (number | undefined)[],
  pick: (...v: number[]) => number,
): number | undefined {
  const present = values.filter(
    (value): value is number => value !== undefined && Number.isFinite(value),
  );
  return present.length === 0 ? undefined : pick(...present);
}

/**
 * Folds several rounds on one server into one result: each timing or CPU figure is the best (lowest)
 * of the rounds, which damps the noise of a machine shared with other work; delivery is the worst
 * round; memory comes from the first round that measured it.
 */
export function combineRounds(rounds: readonly ServerResult[]): ServerResult {
  const first = rounds[0];
  if (!first) throw new Error("no rounds to combine");
  const latencies = rounds.flatMap((round) => (round.latencyMs ? [round.latencyMs] : []));
  const min = (value: (round: ServerResult) => number | undefined): number | undefined =>
    best(rounds.map(value), Math.min);
  const combined: ServerResult = {
    name: first.name,
    notes: rounds.flatMap((round, index) =>
      round.notes.map((note) => `round ${index + 1}: ${note}`),
    ),
  };
  if (latencies.length > 0) {
    combined.latencyMs = {
      p50: Math.min(...latencies.map((l) => l.p50)),
      p95: Math.min(...latencies.map((l) => l.p95)),
      p99: Math.min(...latencies.map((l) => l.p99)),
      samples: Math.min(...latencies.map((l) => l.samples)),
    };
  }
  combined.sendRatio = min((round) => round.sendRatio);
  combined.deliveryRatio = min((round) => round.deliveryRatio);
  combined.cpuMicrosPerUpdate = min((round) => round.cpuMicrosPerUpdate);
  // The kernel share and system calls come from the round whose CPU figure is reported.
  const cpuRound = rounds.find((round) => round.cpuMicrosPerUpdate === combined.cpuMicrosPerUpdate);
  combined.kernelCpuShare = cpuRound?.kernelCpuShare;
  combined.syscallsPerUpdate = cpuRound?.syscallsPerUpdate;
  const cores = rounds.flatMap((round) => (round.latencyCores ? [round.latencyCores] : []));
  if (cores.length > 0) {
    combined.latencyCores = {
      server: Math.min(...cores.map((c) => c.server)),
      clients: Math.min(...cores.map((c) => c.clients)),
    };
  }
  combined.burstMs = min((round) => round.burstMs);
  combined.coldSyncMs = min((round) => round.coldSyncMs);
  combined.rssBytes = rounds.find((round) => round.rssBytes)?.rssBytes;
  return combined;
}
