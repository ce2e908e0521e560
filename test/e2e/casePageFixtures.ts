/**
 * Fixtures for the case page tests: like fixtures.ts, a built server per worker on a free
 * loopback port with a fresh demo data directory, but one that a test can stop and start again
 * on the same port and data directory (the offline test), and helpers to sign several users in,
 * each in a browser context of its own.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { freePort, LOOPBACK, startBuiltServer, stopBuiltServer } from "./builtServer.js";
import { loginAs } from "./fixtures.js";

export { loginAs };

/** A server the test can stop and start again; it keeps its port and data directory. */
export interface RestartableServer {
  baseURL: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** The case page `test`: `server` can be restarted; `baseURL` points at it. */
export const test = base.extend<object, { server: RestartableServer; serverName: string }>({
  // A spec file that writes into the demo cases sets its own name (`test.use({ serverName })`), so
  // it runs in a worker with a server and data of its own and never sees another file's edits.
  serverName: ["case-page", { scope: "worker", option: true }],
  server: [
    async ({ serverName }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), `casustafel-e2e-${serverName}-`));
      const port = await freePort();
      let child: ChildProcess | null = await startBuiltServer(port, dataDir);
      try {
        await use({
          baseURL: `http://${LOOPBACK}:${port}`,
          stop: async () => {
            if (child !== null) await stopBuiltServer(child);
            child = null;
          },
          start: async () => {
            if (child === null) child = await startBuiltServer(port, dataDir);
          },
        });
      } finally {
        if (child !== null) await stopBuiltServer(child);
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
