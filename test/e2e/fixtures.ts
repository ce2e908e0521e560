/**
 * Playwright fixtures for the end-to-end tests. Each worker starts the BUILT server
 * (`node dist/server/index.js`, so run `npm run build` first) on a free loopback port with a fresh
 * data directory in demo mode, waits until `GET /api/health` answers, points `baseURL` at it and
 * stops it afterwards. A file can add server environment with `test.use({ serverEnv })`; it then
 * gets a worker (and server) of its own. `loginAs` signs a demo user in through the real login form.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { freePort, LOOPBACK, startBuiltServer, stopBuiltServer } from "./builtServer.js";

/** The password of every demo user. */
export const DEMO_PASSWORD = "demo";

/** Extra environment for the server, e.g. a short session timeout; set per file with `test.use`. */
export type ServerEnv = Record<string, string>;

/** A running server for the tests of one worker. */
export interface E2eServer {
  baseURL: string;
}

/** The e2e `test`: every test gets `baseURL` pointing at the worker's own demo server. */
export const test = base.extend<object, { server: E2eServer; serverEnv: ServerEnv }>({
  serverEnv: [{}, { scope: "worker", option: true }],
  server: [
    async ({ serverEnv }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), "casustafel-e2e-"));
      const port = await freePort();
      const child = await startBuiltServer(port, dataDir, serverEnv);
      try {
        await use({ baseURL: `http://${LOOPBACK}:${port}` });
      } finally {
        await stopBuiltServer(child);
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
