/**
 * A server outage as the user meets it in the real browser: a page opened while the server is down
 * says so and offers "Opnieuw proberen", and it fills itself in once the server is back, without a
 * manual reload. The first test really stops and restarts the built server; the others make the
 * browser's requests fail, so that they can hold the page's clock still.
 */
import { expect, signedInPage, test } from "./casePageFixtures.js";

// This file stops its server: it gets one of its own.
test.use({ serverName: "outage" });

const UNREACHABLE = "De server is niet bereikbaar";
const RETRYING = /probeert het vanzelf opnieuw/;

test.describe("a server outage", () => {
  test("Mijn acties, opened while the server is down, says so and loads by itself once the server is back", async ({
    browser,
    baseURL,
    server,
  }) => {
    test.setTimeout(120_000);
    const { context, page } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
    await expect(page.getByRole("row").filter({ hasText: "Demo casus C" })).toBeVisible();

    await server.stop();
    await page.getByRole("link", { name: /^Mijn acties/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn acties" })).toBeVisible();
    const failure = page.getByRole("alert").filter({ hasText: UNREACHABLE });
    await expect(failure).toBeVisible();
    await expect(failure).toContainText(RETRYING);
    await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();

    await server.start();
    await expect(page.locator("tr.acties-row").first()).toBeVisible({ timeout: 60_000 });
    await expect(failure).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toHaveCount(0);
    await context.close();
  });

  test("a case page opened while the server is down keeps the menu, says so, and opens once the server is back", async ({
    browser,
    baseURL,
    server,
  }) => {
    test.setTimeout(120_000);
    // A fresh page has not yet downloaded the case page's code: that download fails too.
    const { context, page } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
    await expect(page.getByRole("link", { name: "Demo casus C" })).toBeVisible();

    await server.stop();
    await page.getByRole("link", { name: "Demo casus C" }).click();
    const failure = page.getByRole("alert").filter({ hasText: UNREACHABLE });
    await expect(failure).toContainText(RETRYING);
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();

    await server.start();
    await expect(page.getByRole("link", { name: "Acties van deze casus" })).toBeVisible({
      timeout: 60_000,
    });
    await expect(failure).toHaveCount(0);
    await context.close();
  });

  test("Opnieuw proberen loads the page at once, without waiting for the next automatic try", async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    await page.clock.install();
    await page.goto("/casussen");
    await expect(page.getByRole("row").filter({ hasText: "Demo casus A" })).toBeVisible();

    // The meetings list cannot be reached, and the clock stands still: no automatic try comes.
    await page.route("**/api/meetings", (route) => route.abort("connectionrefused"));
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.getByRole("link", { name: "Overleggen" }).click();
    const failure = page.getByRole("alert").filter({ hasText: UNREACHABLE });
    await expect(failure).toContainText(RETRYING);

    await page.unroute("**/api/meetings");
    await page.getByRole("button", { name: "Opnieuw proberen" }).click();
    await expect(page.getByRole("table", { name: /Overleggen/ })).toBeVisible();
    await expect(failure).toHaveCount(0);
    await context.close();
  });

  test("the case list fills itself in when its automatic try comes after the server is back", async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await signedInPage(browser, baseURL ?? "", "pr.jansen");
    await page.clock.install();
    await page.getByRole("link", { name: "Overleggen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();

    await page.route("**/api/cases/search", (route) => route.abort("connectionrefused"));
    await page.clock.pauseAt(Date.now() + 1_000);
    await page.getByRole("link", { name: "Casussen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: UNREACHABLE })).toBeVisible();

    await page.unroute("**/api/cases/search");
    await page.clock.runFor(60_000);
    await expect(page.getByRole("row").filter({ hasText: "Demo casus A" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: UNREACHABLE })).toHaveCount(0);
    await context.close();
  });

  test("opening Casustafel while the server is down shows why, and the app starts once it is back", async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
    await page.route("**/api/me", (route) => route.abort("connectionrefused"));
    await page.goto("/mijn-acties");
    await expect(
      page.getByRole("heading", { level: 1, name: "Casustafel is niet bereikbaar" }),
    ).toBeVisible();
    await expect(page.getByText(RETRYING)).toBeVisible();

    await page.unroute("**/api/me");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn acties" })).toBeVisible({
      timeout: 30_000,
    });
    await context.close();
  });
});
