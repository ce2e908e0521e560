/** Measurement helpers: percentiles of latency samples and per-process CPU and memory from `/proc`. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** The value below which `fraction` of the sorted samples fall (nearest-rank); NaN for no samples. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median of unsorted values; NaN for none. */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

let clockTicksPerSecond: number | undefined;

function clockTicks(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond =
        Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100; // The Linux default when getconf is missing.
    }
  }
  return clockTicksPerSecond;
}

/** CPU time a process has used so far in user space and in the kernel, in microseconds. */
export interface CpuMicros {
  readonly user: number;
  readonly system: number;
}

/** User and kernel CPU time of a process so far, from `/proc/<pid>/stat`. */
export function readCpuSplit(pid: number): CpuMicros {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces; the numeric fields start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name, field 3 (state) is index 0, so utime (field 14) and stime (field 15) are 11 and 12.
  const micros = (ticks: string | undefined): number => (Number(ticks) / clockTicks()) * 1_000_000;
  return { user: micros(fields[11]), system: micros(fields[12]) };
}

/** CPU time (user + system) a process has used so far, in microseconds. */
export function readCpuMicros(pid: number): number {
  const { user, system } = readCpuSplit(pid);
  return user + system;
}

/** System calls a process has made so far that read or write (sockets and files), from `/proc/<pid>/io`. */
export interface SyscallCounts {
  readonly reads: number;
  readonly writes: number;
}

/** Counts of read-type and write-type system calls of a process so far (`syscr`, `syscw`). */
export function readSyscalls(pid: number): SyscallCounts {
  const io = readFileSync(`/proc/${pid}/io`, "utf8");
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+(\\d+)$`, "m").exec(io);
    if (!match?.[1]) throw new Error(`no ${name} in /proc/${pid}/io`);
    return Number(match[1]);
  };
  return { reads: field("syscr"), writes: field("syscw") };
}

/** Resident set size of a process in bytes, from `VmRSS` in `/proc/<pid>/status`. */
export function readRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Monotonic clock shared by all processes on this machine (CLOCK_MONOTONIC), in microseconds. */
export function nowMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
