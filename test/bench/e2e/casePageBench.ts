/**
 * Browser benchmark of the case page (not a test; nothing fails on a number). Run after
 * `npm run build`:  node --import tsx test/bench/e2e/casePageBench.ts
 *
 *   1. keystroke in one browser context → visible in another: p50/p99 over BENCH_KEYSTROKES
 *      (default 200) keystrokes in the plan van aanpak with five contexts open;
 *   2. navigation → editable, synced plan editor (the page's `casustafel:editable` mark), median
 *      of five fresh page loads;
 *   3. JavaScript shipped (gzip) for the login page and for a direct load of the case page.
 * Uses the system Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and the built server.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { startBuiltServer } from "./builtServer.js";
import { measureKeystrokes } from "./keystrokeLatency.js";

const USERS = ["cr.bakker", "pr.jansen", "dn.devries", "pr.jansen", "cr.bakker"];
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);
const LOADS = 5;
const EDITABLE_MARK = "casustafel:editable";

async function signedIn(
  browser: Browser,
  baseURL: string,
  username: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/inloggen");
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("button", { name: "Uitloggen" }).waitFor();
  return context;
}

async function caseIdOf(page: Page, title: string): Promise<string> {
  await page.goto("/casussen");
  const href = (await page.getByRole("link", { name: title }).getAttribute("href")) ?? "";
  return decodeURIComponent(href.split("/").pop() ?? "");
}

async function openPlan(page: Page, caseId: string): Promise<number> {
  await page.goto(`/casussen/${encodeURIComponent(caseId)}?document=plan`);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    EDITABLE_MARK,
  );
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
    EDITABLE_MARK,
  );
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  );
}

/** Gzip bytes of every script a page load fetches. */
async function scriptBytes(
  context: BrowserContext,
  path: string,
): Promise<{ files: number; raw: number; gzip: number }> {
  const page = await context.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const all = await Promise.all(bodies);
  await page.close();
  return {
    files: all.length,
    raw: all.reduce((sum, b) => sum + b.length, 0),
    gzip: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

async function main(): Promise<void> {
  const server = await startBuiltServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const contexts = await Promise.all(USERS.map((u) => signedIn(browser, server.baseURL, u)));
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const [sender, receiver] = pages;
    if (sender === undefined || receiver === undefined) throw new Error("no pages");
    const caseId = await caseIdOf(sender, "Demo casus A");
    for (const page of pages) await openPlan(page, caseId);

    const latencies = await measureKeystrokes(sender, receiver, KEYSTROKES);
    const valid = latencies.filter((v) => Number.isFinite(v));

    const loads: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await contexts[1]!.newPage();
      loads.push(await openPlan(page, caseId));
      await page.close();
    }

    const anonymous = await browser.newContext({ baseURL: server.baseURL });
    const login = await scriptBytes(anonymous, "/inloggen");
    const casePage = await scriptBytes(
      contexts[2]!,
      `/casussen/${encodeURIComponent(caseId)}?document=plan`,
    );

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`Case page benchmark (${new Date().toISOString()}, Chromium ${browser.version()})`);
    console.log(
      `keystroke → visible in another context (5 contexts in the plan, ${valid.length} keystrokes): ` +
        `p50 ${percentile(valid, 50).toFixed(1)} ms, p99 ${percentile(valid, 99).toFixed(1)} ms, max ${Math.max(...valid).toFixed(1)} ms`,
    );
    console.log(
      `navigation → editable plan (median of ${LOADS}): ${percentile(loads, 50).toFixed(0)} ms ` +
        `(all: ${loads.map((l) => l.toFixed(0)).join(", ")})`,
    );
    console.log(
      `JS for the login page: ${login.files} files, ${kb(login.raw)} raw, ${kb(login.gzip)} gzip`,
    );
    console.log(
      `JS for the case page:  ${casePage.files} files, ${kb(casePage.raw)} raw, ${kb(casePage.gzip)} gzip`,
    );
    await anonymous.close();
    for (const context of contexts) await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
