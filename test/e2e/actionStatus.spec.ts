/**
 * Changing an action's status from the case's action list, by keyboard: focus stays on the status
 * field while it saves, and the progress and who is behind above the table follow at once.
 */
import { expect, signedInPage, test } from "./casePageFixtures.js";

const INTAKE = "Intake dagbesteding plannen";

// This file completes an action of Demo casus C: a server and data of its own.
test.use({ serverName: "actionStatus" });

test("the casusregisseur completes the overdue action by keyboard and the summary follows", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  await page.getByRole("link", { name: "Demo casus C" }).click();
  await page.getByRole("link", { name: "Acties van deze casus" }).click();
  const summary = page.locator(".acties-progress");
  await expect(summary).toContainText("1 van 3 acties afgerond");
  await expect(summary).toContainText("1 actie te laat");
  await expect(summary.getByRole("heading", { name: "Wie loopt achter" })).toBeVisible();

  const status = page
    .locator("tr.acties-row")
    .filter({ hasText: INTAKE })
    .getByLabel(`Status van: ${INTAKE}`);
  await status.focus();
  await status.selectOption("afgerond");
  await expect(status).toHaveValue("afgerond");
  await expect(status).toBeFocused();

  await expect(summary).toContainText("2 van 3 acties afgerond");
  await expect(summary).not.toContainText("te laat");
  await expect(summary.getByRole("heading", { name: "Wie loopt achter" })).toHaveCount(0);
  await context.close();
});
