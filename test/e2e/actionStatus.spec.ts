/**
 * Changing an action from the case's action list: the status by keyboard (focus stays on the status
 * field while it saves, and the progress and who is behind above the table follow at once), and a
 * new deadline, which the plan van aanpak shows too.
 */
import { formatDate } from "../../client/format/date.js";
import { expect, openCaseDocument, signedInPage, test } from "./casePageFixtures.js";

const INTAKE = "Intake dagbesteding plannen";
const MELDPLICHT = "Meldplicht bewaken";

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

test("the casusregisseur gives an action a new deadline from the list, and the plan shows it", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  await page.getByRole("link", { name: "Demo casus C" }).click();
  const caseId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  await page.getByRole("link", { name: "Acties van deze casus" }).click();
  const row = page.locator("tr.acties-row").filter({ hasText: MELDPLICHT });
  await row.getByRole("button", { name: /^Voortgang en toelichting/ }).click();
  const form = page.locator(".acties-due-form");
  const later = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await form.getByLabel("Nieuwe deadline").fill(later);
  await form.getByRole("button", { name: "Deadline wijzigen" }).click();
  await expect(form.getByRole("status")).toContainText(`De deadline is ${formatDate(later)}`);
  await expect(row.locator(".acties-due")).toHaveText(formatDate(later));

  // A date already past is asked about first; "no" changes nothing.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await form.getByLabel("Nieuwe deadline").fill("2020-01-06");
  await form.getByRole("button", { name: "Deadline wijzigen" }).click();
  await expect.poll(() => asked).toContain("is al voorbij");
  await expect(row.locator(".acties-due")).toHaveText(formatDate(later));

  await openCaseDocument(page, caseId, "plan");
  const item = page.locator(".cw-action").filter({ hasText: MELDPLICHT });
  await expect(item.getByLabel("Deadline")).toHaveValue(later);
  await context.close();
});
