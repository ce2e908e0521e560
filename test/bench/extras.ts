/**
 * The benchmarks `npm run bench` runs after its main table: action extraction (issue 6) and, when
 * Chromium is installed, the case page in a real browser (issue 5). Each runs as its own process
 * group with its output passed through, and is stopped (SIGTERM, then SIGKILL) when it runs past
 * its time limit, so one stuck benchmark cannot hold up the others or leave processes behind.
 * `BENCH_SKIP_EXTRA=1` skips them.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./servers/serverProcess.js";

/** Time a benchmark gets to shut down after SIGTERM before its process group is killed. */
const KILL_GRACE_MS = 5_000;
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface ExtraBench {
  readonly title: string;
  readonly script: string;
  readonly args: readonly string[];
  readonly timeoutMs: number;
  /** Why the benchmark cannot run here, or null when it can. */
  readonly unavailable: () => string | null;
}

const EXTRAS: readonly ExtraBench[] = [
  {
    title: "Action extraction (issue 6)",
    script: "test/bench/actions/extractionBench.ts",
    args: [],
    timeoutMs: 180_000,
    unavailable: () => null,
  },
  {
    title: "Case page in Chromium (issue 5)",
    script: "test/bench/e2e/casePageBench.ts",
    args: [],
    timeoutMs: 300_000,
    unavailable: () => (existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH}`),
  },
];

/** Runs one benchmark script; resolves with a one-line outcome, never rejects. */
function runOne(bench: ExtraBench): Promise<string> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(PROJECT_ROOT, bench.script), ...bench.args],
      { cwd: PROJECT_ROOT, stdio: ["ignore", "inherit", "inherit"], detached: true },
    );
    const killGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // The group is gone already.
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS).unref();
    }, bench.timeoutMs);
    // An interrupted bench must not leave this group running.
    const onExit = (): void => killGroup("SIGKILL");
    process.once("exit", onExit);
    child.once("error", (error) => {
      clearTimeout(timer);
      process.off("exit", onExit);
      resolve(`did not start: ${error.message}`);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("exit", onExit);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (timedOut) resolve(`stopped after its limit of ${bench.timeoutMs / 1000} s`);
      else if (code === 0) resolve(`done in ${seconds} s`);
      else resolve(`failed (${signal ?? `exit code ${String(code)}`}) after ${seconds} s`);
    });
  });
}

/** Runs the extra benchmarks one after another, printing each one's output under a heading. */
export async function runExtraBenches(): Promise<void> {
  for (const bench of EXTRAS) {
    console.log(`\n## ${bench.title}\n`);
    const reason = bench.unavailable();
    if (reason !== null) {
      console.log(`skipped: ${reason}`);
      continue;
    }
    console.log(`(${bench.title}: ${await runOne(bench)})`);
  }
}
