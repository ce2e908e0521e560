/**
 * The in-app signals of overdue actions: the menu's count of unread ones follows what the user
 * reads on Mijn acties at once, not a page change or a minute later.
 */
import { expect, signedInPage, test } from "./casePageFixtures.js";

// This file marks the casusregisseur's signal read: a server and data of its own.
test.use({ serverName: "signals" });

test("the menu stops counting a signal as soon as the casusregisseur marks it read", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  // The demo's overdue action in Demo casus C raised one signal for its casusregisseur.
  const myActions = nav.getByRole("link", { name: /^Mijn acties/ });
  await expect(myActions).toHaveAccessibleName("Mijn acties 1 ongelezen signaal");
  await myActions.click();
  const signals = page.getByRole("region", { name: "Signalen" });
  await signals.getByRole("button", { name: "Gelezen" }).first().click();
  await expect(signals.getByRole("button", { name: "Gelezen" })).toHaveCount(0);
  // No page change and no minute passed: the menu counts again because the signal was read.
  await expect(myActions).toHaveAccessibleName("Mijn acties");
  await context.close();
});

test("the procesregisseur sees every action of her cases, follows the signal to the case's actions, which name the case, and the signal counts as read", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  // She monitors the uitvoering of Demo casus C with its casusregisseur: the overdue action is hers
  // to know about too.
  const myActions = nav.getByRole("link", { name: /^Mijn acties/ });
  await expect(myActions).toHaveAccessibleName("Mijn acties 1 ongelezen signaal");
  await myActions.click();
  // The ZVH carries out no actions itself: her list opens on every action of her cases.
  await expect(page.getByLabel("Toon")).toHaveValue("all");
  await expect(page.getByRole("row").filter({ hasText: "Demo casus C" }).first()).toBeVisible();
  // A filter chosen stays after a reload: it is in the address, by its value only.
  await page.getByLabel("Status", { exact: true }).selectOption("te_laat");
  await expect(page).toHaveURL(/\/mijn-acties\?status=te_laat$/);
  await page.reload();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("te_laat");
  await expect(page.getByLabel("Toon")).toHaveValue("all");
  // An old bookmark naming a case without actions she can see says so, and is undone.
  await page.goto("/mijn-acties?casus=case_onbekend");
  const caseFilter = page.getByLabel("Casus", { exact: true });
  await expect(caseFilter.locator("option:checked")).toHaveText(
    "Een casus zonder acties die u kunt zien",
  );
  await expect(page.getByText("Er zijn geen acties die aan deze filters voldoen.")).toBeVisible();
  await caseFilter.selectOption({ label: "Alle casussen" });
  await expect(page).toHaveURL(/\/mijn-acties$/);
  await expect(page.getByRole("row").filter({ hasText: "Demo casus C" }).first()).toBeVisible();
  const signals = page.getByRole("region", { name: "Signalen" });
  await signals.getByRole("link", { name: /^Actie te laat in Demo casus C/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Acties van deze casus" }),
  ).toBeVisible();
  await expect(page.getByText("Casus: Demo casus C")).toBeVisible();
  await expect(myActions).toHaveAccessibleName("Mijn acties");
  await context.close();
});
