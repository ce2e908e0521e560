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
  /** Its data directory, for a test that changes files while the server is stopped. */
  dataDir: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A user signed in with a browser context of their own. */
export interface SignedIn {
  context: BrowserContext;
  page: Page;
}

/** People at one case page, one `SignedIn` per user named, in that order. */
export interface AtCase<Users extends readonly string[]> {
  caseId: string;
  people: { [K in keyof Users]: SignedIn };
}

/** Test-scoped helpers; every context they open is closed when the test ends, passed or not. */
interface PeopleFixtures {
  /** Signs a user in, in a browser context of their own. */
  signIn: (username: string) => Promise<SignedIn>;
  /**
   * Signs the users in and opens a document of the case titled `title` for each, waiting until
   * it is connected: `document` is one kind for everyone, or one per user.
   */
  atCase: <const Users extends readonly string[]>(
    usernames: Users,
    title: string,
    document: string | readonly string[],
  ) => Promise<AtCase<Users>>;
}

/** The case page `test`: `server` can be restarted; `baseURL` points at it. */
export const test = base.extend<PeopleFixtures, { server: RestartableServer; serverName: string }>({
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
          dataDir,
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
  signIn: async ({ browser, baseURL }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (username) => {
      const signedIn = await signedInPage(browser, baseURL ?? "", username);
      contexts.push(signedIn.context);
      return signedIn;
    });
    for (const context of contexts) await context.close();
  },
  atCase: async ({ signIn }, use) => {
    await use(async (usernames, title, document) => {
      // One after the other: sign-in and the first sync are what the tests wait for anyway.
      const people: SignedIn[] = [];
      for (const username of usernames) people.push(await signIn(username));
      const first = people[0];
      if (first === undefined) throw new Error("atCase needs at least one user");
      const caseId = await caseIdOf(first.page, title);
      for (const [i, { page }] of people.entries()) {
        await openCaseDocument(
          page,
          caseId,
          typeof document === "string" ? document : (document[i] ?? ""),
        );
      }
      // One per user named, in order: the tuple type the caller asked for.
      return { caseId, people } as unknown as AtCase<typeof usernames>;
    });
  },
});

export { expect };

/** A new browser context signed in as `username`, with its page (the caller closes it). */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  username: string,
): Promise<SignedIn> {
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

/**
 * Adds a partner to the case team through the form on the open case page (`person` as the form
 * lists them, "Naam — Organisatie") and waits until the page says so.
 */
export async function addToCaseTeam(page: Page, person: string, role: string): Promise<void> {
  const team = page.getByRole("region", { name: "Casusteam" });
  const form = team.getByRole("form", { name: "Partner toevoegen" });
  await form.getByLabel("Persoon").selectOption({ label: person });
  await form.getByLabel("Rol in de casus").selectOption({ label: role });
  await form.getByRole("button", { name: "Toevoegen aan casusteam" }).click();
  const name = person.split(" — ")[0] ?? person;
  await expect(
    team.getByRole("status").filter({ hasText: `${name} is aan het casusteam toegevoegd.` }),
  ).toBeVisible();
}

/** Opens one document tab of a case and waits until it is connected. */
export async function openCaseDocument(page: Page, caseId: string, document: string) {
  await page.goto(`/casussen/${encodeURIComponent(caseId)}?document=${document}`);
  await expect(page.getByRole("status").filter({ hasText: "Verbonden" })).toBeVisible();
}
