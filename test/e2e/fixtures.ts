/**
 * Playwright fixtures for the end-to-end tests. Each worker starts the BUILT server
 * (`node dist/server/index.js`, so run `npm run build` first) on a free loopback port with a fresh
 * data directory in demo mode, waits until `GET /api/health` answers, points `baseURL` at it and
 * stops it afterwards. A file can add server environment with `test.use({ serverEnv })`; it then
 * gets a worker (and server) of its own. `loginAs` signs a demo user in through the real login form.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

const LOOPBACK = "127.0.0.1";
const SERVER_ENTRY = resolve(import.meta.dirname, "../../dist/server/index.js");
const STARTUP_DEADLINE_MS = 30_000;
const SHUTDOWN_GRACE_MS = 5_000;
const HEALTH_POLL_MS = 100;

/** The password of every demo user. */
export const DEMO_PASSWORD = "demo";

/** Extra environment for the server, e.g. a short session timeout; set per file with `test.use`. */
export type ServerEnv = Record<string, string>;

/** A running server for the tests of one worker. */
export interface E2eServer {
  baseURL: string;
}

/** Asks the OS for a free loopback port (it is released again before the server binds it). */
async function freePort(): Promise<number> {
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

/** Waits until the server's health endpoint answers, or fails when it exits or takes too long. */
async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseURL}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((wait) => setTimeout(wait, HEALTH_POLL_MS));
  }
  throw new Error(`server did not become healthy in time:\n${output()}`);
}

/** Stops the server with SIGTERM (its graceful path), and SIGKILL if it does not exit in time. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), SHUTDOWN_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** The e2e `test`: every test gets `baseURL` pointing at the worker's own demo server. */
export const test = base.extend<object, { server: E2eServer; serverEnv: ServerEnv }>({
  serverEnv: [{}, { scope: "worker", option: true }],
  server: [
    async ({ serverEnv }, use) => {
      if (!existsSync(SERVER_ENTRY)) {
        throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" before the e2e tests`);
      }
      const dataDir = await mkdtemp(join(tmpdir(), "casustafel-e2e-"));
      const port = await freePort();
      const baseURL = `http://${LOOPBACK}:${port}`;
      const child = spawn(process.execPath, [SERVER_ENTRY], {
        env: {
          ...process.env,
          ...serverEnv,
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
      try {
        await waitForHealth(baseURL, child, () => output);
        await use({ baseURL });
      } finally {
        await stop(child);
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: "worker" },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
});

export { expect };

/** Signs `username` in through the login form and waits for the app frame. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
}
