/**
 * Changing an action from the case's action list: the status by keyboard (focus stays on the status
 * field while it saves, and the progress and who is behind above the table follow at once), a new
 * deadline, and a new Verantwoordelijke (a team member picked by name, or someone without an
 * account), which the plan van aanpak shows too.
 */
import type { Page } from "@playwright/test";
import { formatDate } from "../../client/format/date.js";
import { expect, openCaseDocument, signedInPage, test } from "./casePageFixtures.js";

const INTAKE = "Intake dagbesteding plannen";
const MELDPLICHT = "Meldplicht bewaken";

/** Opens Demo casus C's action list from the case list; answers the case's id. */
async function openCaseCActions(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Demo casus C" }).click();
  const caseId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
  await page.getByRole("link", { name: "Acties van deze casus" }).click();
  return caseId;
}

// This file completes an action of Demo casus C: a server and data of its own.
test.use({ serverName: "actionStatus" });

test("the casusregisseur completes the overdue action by keyboard and the summary follows", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  await page.getByRole("link", { name: "Demo casus C" }).click();
  await page.getByRole("link", { name: "Acties van deze casus" }).click();
  // The page says whose actions these are; the browser's title does not.
  await expect(page.getByText("Casus: Demo casus C")).toBeVisible();
  await expect(page).toHaveTitle("Acties van deze casus · Casustafel");
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
  const caseId = await openCaseCActions(page);
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

test("the casusregisseur hands an action on to a team member of another organisation, then to someone without an account, and the plan follows", async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  const caseId = await openCaseCActions(page);
  const row = page.locator("tr.acties-row").filter({ hasText: MELDPLICHT });
  await expect(row).toContainText("Carlos Bakker");
  await row.getByRole("button", { name: /^Voortgang en toelichting/ }).click();
  const form = page.locator(".acties-responsible-form");
  const field = form.getByLabel("Nieuwe verantwoordelijke");

  // Sent empty: named, nothing changes.
  await form.getByRole("button", { name: "Verantwoordelijke wijzigen" }).click();
  await expect(form.getByRole("alert")).toHaveText(
    "Vul een naam in of kies iemand uit het casusteam.",
  );

  // While the case team cannot be loaded, her name is not stored as free text.
  const caseLoad = `**/api/cases/${encodeURIComponent(caseId)}`;
  await page.route(caseLoad, (route) => route.abort());
  await field.fill("noor smit");
  await form.getByRole("button", { name: "Verantwoordelijke wijzigen" }).click();
  await expect(form.getByRole("alert")).toContainText("Het casusteam kon niet worden geladen");
  await expect(row).toContainText("Carlos Bakker");
  await page.unroute(caseLoad);

  // Her display name, typed and sent at once, is matched to her account: the action moves to the
  // gemeente with her, once that is confirmed.
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await form.getByRole("button", { name: "Verantwoordelijke wijzigen" }).click();
  await expect(form.getByRole("status")).toContainText("De actie ligt nu bij Noor Smit (Gemeente");
  expect(asked).toContain("De actie gaat met Noor Smit (Gemeente");
  await expect(row).toContainText("Noor Smit, Gemeente");
  await expect(field).toHaveValue("");

  // Someone without an account stays a name; the organisation stays the gemeente.
  await field.fill("Wijkcoach Ilse Vermeer");
  await form.getByRole("button", { name: "Verantwoordelijke wijzigen" }).click();
  await expect(form.getByRole("status")).toContainText("Wijkcoach Ilse Vermeer (Gemeente");
  await expect(row).toContainText("Wijkcoach Ilse Vermeer, Gemeente");

  await openCaseDocument(page, caseId, "plan");
  const item = page.locator(".cw-action").filter({ hasText: MELDPLICHT });
  await expect(item.getByLabel("Verantwoordelijke")).toHaveValue("Wijkcoach Ilse Vermeer");
  await context.close();
});
