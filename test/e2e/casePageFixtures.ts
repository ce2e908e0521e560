/**
 * Fixtures for the case page tests: like fixtures.ts, a built server per worker on a free
 * loopback port with a fresh demo data directory, but one that a test can stop and start again
 * on the same port and data directory (the offline test), and helpers to sign several users in,
 * each in a browser context of its own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";

const LOOPBACK = "127.0.0.1";
const SERVER_ENTRY = resolve(import.meta.dirname, "../../dist/server/index.js");
const STARTUP_DEADLINE_MS = 30_000;
const SHUTDOWN_GRACE_MS = 5_000;
const HEALTH_POLL_MS = 100;

/** The password of every demo user. */
export const DEMO_PASSWORD = "demo";

/** A server the test can stop and start again; it keeps its port and data directory. */
export interface RestartableServer {
  baseURL: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Asks the OS for a free loopback port. */
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

/** Starts the built server and resolves once `/api/health` answers. */
async function startServer(port: number, dataDir: string): Promise<ChildProcess> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" before the e2e tests`);
  }
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { ...process.env, PORT: String(port), HOST: LOOPBACK, DATA_DIR: dataDir, ZVH_DEMO: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
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
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), SHUTDOWN_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

/** The case page `test`: `server` can be restarted; `baseURL` points at it. */
export const test = base.extend<object, { server: RestartableServer }>({
  server: [
    // Playwright reads a fixture's dependencies from this pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), "casustafel-e2e-case-"));
      const port = await freePort();
      let child: ChildProcess | null = await startServer(port, dataDir);
      try {
        await use({
          baseURL: `http://${LOOPBACK}:${port}`,
          stop: async () => {
            if (child !== null) await stopServer(child);
            child = null;
          },
          start: async () => {
            if (child === null) child = await startServer(port, dataDir);
          },
        });
      } finally {
        if (child !== null) await stopServer(child);
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

/** A new browser context signed in as `username`, with its page. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = await context.newPage();
  await loginAs(page, username);
  return { context, page };
}

/** The id of the demo case titled `title`, as the signed-in user's case list links to it. */
export async function caseIdOf(page: Page, title: string): Promise<string> {
  await page.goto("/casussen");
  const href = await page.getByRole("link", { name: title }).getAttribute("href");
  const id = href?.split("/").pop();
  if (id === undefined || id === "") throw new Error(`no link to ${title}`);
  return decodeURIComponent(id);
}

/** Opens one document tab of a case and waits until it is connected. */
export async function openCaseDocument(page: Page, caseId: string, document: string) {
  await page.goto(`/casussen/${encodeURIComponent(caseId)}?document=${document}`);
  await expect(page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
}
