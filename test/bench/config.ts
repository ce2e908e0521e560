/** Workload sizes of `npm run bench`, each overridable by an environment variable for a quick run. */

/** The sizes and timings that shape every workload of the benchmark. */
export interface BenchConfig {
  /** Documents co-edited at once in the latency workload (BENCH_DOCS). */
  readonly latencyDocs: number;
  /** Editors per document in the latency workload (BENCH_EDITORS). */
  readonly editorsPerDoc: number;
  /** Edits per second per editor (BENCH_RATE). */
  readonly editsPerSecond: number;
  /** Measured seconds of the latency workload (BENCH_SECONDS). */
  readonly seconds: number;
  /** Unmeasured seconds of editing before the measurement starts (BENCH_WARMUP_SECONDS). */
  readonly warmupSeconds: number;
  /** Client processes the editors are spread over (BENCH_CLIENT_PROCS). */
  readonly clientProcesses: number;
  /** Single-character updates sent by the burst writer (BENCH_BURST). */
  readonly burstUpdates: number;
  /** Cold syncs of the burst document; the median is reported (BENCH_COLD_RUNS). */
  readonly coldRuns: number;
  /** Idle documents opened for the memory workload (BENCH_IDLE_DOCS). */
  readonly idleDocs: number;
  /** Delay before our server unloads an idle document (BENCH_UNLOAD_DELAY_MS). */
  readonly unloadDelayMs: number;
  /** Rounds over all servers, interleaved; each timing is the best round (BENCH_ROUNDS). */
  readonly rounds: number;
  /** Which workloads to run, comma-separated (BENCH_WORKLOADS=memory,latency,burst). */
  readonly workloads: readonly string[];
  /** Which servers to run, comma-separated (BENCH_SERVERS=ours,reference,hocuspocus,floor). */
  readonly servers: readonly string[];
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function listFromEnv(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback)
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** Reads the benchmark configuration from the environment; the defaults are the sizes of issue 3. */
export function readBenchConfig(): BenchConfig {
  return {
    latencyDocs: intFromEnv("BENCH_DOCS", 40),
    editorsPerDoc: intFromEnv("BENCH_EDITORS", 5),
    editsPerSecond: intFromEnv("BENCH_RATE", 20),
    seconds: intFromEnv("BENCH_SECONDS", 10),
    warmupSeconds: intFromEnv("BENCH_WARMUP_SECONDS", 1),
    clientProcesses: Math.max(1, intFromEnv("BENCH_CLIENT_PROCS", 2)),
    burstUpdates: intFromEnv("BENCH_BURST", 20_000),
    coldRuns: Math.max(1, intFromEnv("BENCH_COLD_RUNS", 5)),
    idleDocs: intFromEnv("BENCH_IDLE_DOCS", 1_000),
    unloadDelayMs: intFromEnv("BENCH_UNLOAD_DELAY_MS", 1_000),
    rounds: Math.max(1, intFromEnv("BENCH_ROUNDS", 2)),
    workloads: listFromEnv("BENCH_WORKLOADS", "memory,latency,burst"),
    servers: listFromEnv("BENCH_SERVERS", "ours,reference,hocuspocus,floor"),
  };
}
