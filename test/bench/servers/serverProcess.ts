/** Starting, watching and stopping server child processes; every child is tracked so none outlives the bench. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const running = new Set<ChildProcess>();
const STOP_GRACE_MS = 5_000;

/** The repository root (this file is test/bench/servers/serverProcess.ts). */
export const PROJECT_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Directory for `last.json` and the server logs (gitignored). */
export const BENCH_DIR = join(PROJECT_ROOT, ".bench");

/** A started server child whose output goes to a log file. */
export interface ServerChild {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly logFile: string;
}

/**
 * The environment `npm start` sets before `node` (the `NAME=value` words of package.json's start
 * script): the glibc allocator setting that hands freed memory back to the system. Every server in
 * the bench runs with it, ours because production does and the others so memory compares fairly.
 */
export function startScriptEnv(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    scripts?: { start?: string };
  };
  const command = pkg.scripts?.start?.split("&&").at(-1) ?? "";
  const env: Record<string, string> = {};
  for (const word of command.trim().split(/\s+/)) {
    const assignment = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
    if (!assignment) break;
    env[assignment[1] ?? ""] = assignment[2] ?? "";
  }
  return env;
}

/**
 * Spawns `node args...` with the start script's environment and `env` added, logging stdout and
 * stderr to `.bench/logs/<name>.log`.
 */
export function spawnServer(
  name: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): ServerChild {
  const logDir = join(BENCH_DIR, "logs");
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, [...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...startScriptEnv(), ...env },
    stdio: ["ignore", log, log],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return { child, pid: child.pid, logFile };
}

/** Asks a child to stop and waits for it; SIGKILL if it has not exited after a grace period. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** Kills every server child still running (used when the bench is interrupted or fails). */
export function killAllServers(): void {
  for (const child of running) child.kill("SIGKILL");
}

/** A loopback port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx; fails with the log's tail if the child exits or time runs out. */
export async function waitForHttp(
  url: string,
  server: ServerChild,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const tail = readFileSync(server.logFile, "utf8").split("\n").slice(-15).join("\n");
  throw new Error(`server at ${url} did not become ready (log ${server.logFile}):\n${tail}`);
}
