/** What the orchestrator knows about a running server under test, whichever it is. */
import type { BenchConfig } from "../config.js";
import type { Target } from "../clients/driver.js";

/**
 * The servers run: ours and the two it is compared with, and the relay floor (a bare relay that
 * shows what forwarding alone costs on the same workload).
 */
export type ServerName = "ours" | "reference" | "hocuspocus" | "floor";

/** The documents each workload uses on a server. */
export interface DocPlan {
  readonly latency: readonly string[];
  readonly burst: string;
  readonly idle: readonly string[];
  /**
   * Opened and closed before the memory baseline is read, so the baseline already holds what any
   * first use costs once (compiled code, lazily built state) and only per-document memory is left
   * to measure. Distinct from `idle`.
   */
  readonly warmup: readonly string[];
}

/** A server child process under test. */
export interface BenchServer {
  readonly name: ServerName;
  /** Pid of the process doing the serving (for `/proc` readings). */
  readonly pid: number;
  readonly target: Target;
  readonly docs: DocPlan;
  /** How long to wait after the idle documents close before reading memory again. */
  readonly settleAfterCloseMs: number;
  /** Runs a full garbage collection in the server process (before memory readings). */
  collectGarbage(): Promise<void>;
  /** Stops the server process (SIGTERM, then SIGKILL). */
  stop(): Promise<void>;
  /** The only workloads this server can run; absent: all of them. */
  readonly workloads?: readonly string[];
}

/** Documents opened and closed before the memory baseline (see `DocPlan.warmup`). */
export const MEMORY_WARMUP_DOCS = 50;

/** Free-form document names for servers that accept any name (reference, Hocuspocus). */
export function syntheticDocPlan(config: BenchConfig): DocPlan {
  const names = (prefix: string, count: number): string[] =>
    Array.from({ length: count }, (_, i) => `bench-${prefix}-${i}`);
  return {
    latency: names("latency", config.latencyDocs),
    burst: "bench-burst",
    idle: names("idle", config.idleDocs),
    warmup: names("warmup", MEMORY_WARMUP_DOCS),
  };
}
