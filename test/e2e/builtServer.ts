/**
 * Starts and stops the BUILT server (`node dist/server/index.js`, so run `npm run build` first) for
 * the end-to-end tests: a free loopback port, a given data directory in demo mode, ready once
 * `GET /api/health` answers; stopped with SIGTERM (its graceful path), SIGKILL if it hangs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";

/** The address every e2e server listens on. */
export const LOOPBACK = "127.0.0.1";

const SERVER_ENTRY = resolve(import.meta.dirname, "../../dist/server/index.js");
const STARTUP_DEADLINE_MS = 30_000;
const SHUTDOWN_GRACE_MS = 5_000;
const HEALTH_POLL_MS = 100;

/** Asks the OS for a free loopback port (it is released again before the server binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, LOOPBACK, () => {
      const address = probe.address();
      probe.close(() => {
        if (address !== null && typeof address === "object") resolvePort(address.port);
        else reject(new Error("no port assigned"));
      });
    });
  });
}

/** Starts the built server on `port` with `dataDir` and extra `env`; resolves once it is healthy. */
export async function startBuiltServer(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" before the e2e tests`);
  }
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: LOOPBACK,
      DATA_DIR: dataDir,
      ZVH_DEMO: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept only to explain a failed start; the server logs no personal data.
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`http://${LOOPBACK}:${port}/api/health`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, HEALTH_POLL_MS));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become healthy in time:\n${output}`);
}

/** Stops a server with SIGTERM, then SIGKILL if it does not exit in time. */
export async function stopBuiltServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), SHUTDOWN_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
