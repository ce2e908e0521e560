/**
 * The action tables as a police officer sees them on a 1366 × 768 laptop: dates on one line, no
 * sideways scrolling of the page, and the Casus-acties title shown once.
 */
import type { Locator, Page } from "@playwright/test";
import { expect, loginAs, test } from "./fixtures.js";

test.use({ viewport: { width: 1366, height: 768 } });

const DATE = /^\d{2}-\d{2}-\d{4}$/;

/** How many lines the text inside `cell` takes up. */
function linesOf(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const tops = new Set<number>();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) tops.add(Math.round(rect.top));
    }
    return tops.size;
  });
}

/** Checks every deadline cell and details button of the action tables on `page`. */
async function expectReadableActionTables(page: Page) {
  const rows = page.locator("tr.acties-row");
  await expect(rows.first()).toBeVisible();
  const dates = rows.getByRole("cell").filter({ hasText: DATE });
  expect(await dates.count()).toBeGreaterThan(0);
  for (const cell of await dates.all()) {
    expect(await linesOf(cell), await cell.innerText()).toBe(1);
  }
  for (const button of await rows.getByRole("button", { name: "Voortgang en toelichting" }).all()) {
    expect(await linesOf(button)).toBe(1);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("the action tables on a 1366 px laptop", () => {
  test("Mijn acties keeps every deadline and details button on one line without sideways scrolling", async ({
    page,
  }) => {
    await loginAs(page, "cr.bakker");
    await page.getByRole("link", { name: /^Mijn acties/ }).click();
    await expectReadableActionTables(page);
  });

  test("Mijn acties at 200% zoom scrolls its table, not the page, sideways", async ({ page }) => {
    // A 1366×768 laptop at 200% zoom: 683×384 CSS pixels.
    await page.setViewportSize({ width: 683, height: 384 });
    await loginAs(page, "cr.bakker");
    await page.getByRole("link", { name: /^Mijn acties/ }).click();
    await expect(page.locator(".acties-table").first()).toBeVisible();
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);
  });

  test("the procesregisseur's list of all actions and of incomplete ones stays readable too", async ({
    page,
  }) => {
    await loginAs(page, "pr.jansen");
    await page.getByRole("link", { name: /^Mijn acties/ }).click();
    await page.getByLabel("Toon").selectOption({ label: "Alle acties van mijn casussen" });
    await expectReadableActionTables(page);
  });

  test("the actions of a case show their title once, name their region after it, and keep dates on one line", async ({
    page,
  }) => {
    await loginAs(page, "cr.bakker");
    await page.getByRole("link", { name: "Demo casus C" }).click();
    await page.getByRole("link", { name: "Acties van deze casus" }).click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Acties van deze casus" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Acties van deze casus" })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Acties van deze casus" })).toBeVisible();
    await expectReadableActionTables(page);
  });
});
