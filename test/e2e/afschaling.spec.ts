/**
 * Afschaling after the overleg in the real browser: the chair starts it at the table with two
 * criteria met; the casusregisseur later records the rest on the case page and closes the case
 * there, without another overleg; a partner of the case reads the afschaling without controls.
 */
import { AFSCHALING_CRITERIA } from "../../shared/api/meetings.js";
import { caseIdOf, expect, test } from "./casePageFixtures.js";
import { discussItem } from "./meetingRoom.js";

// This file closes a demo case: a server and data of its own.
test.use({ serverName: "afschaling" });

const OVERLEG = "Casusoverleg Westerduin";
const HAND_BACK = "Sociaal wijkteam Westerduin";

test("cr.bakker records the criteria met since the overleg and closes Demo casus A on its page", async ({
  signIn,
}) => {
  // At the table: pr.jansen starts the afschaling with the first two criteria met.
  const chair = await signIn("pr.jansen");
  await chair.page.getByRole("link", { name: "Overleggen", exact: true }).click();
  await chair.page.getByRole("link", { name: OVERLEG }).click();
  await chair.page.getByRole("button", { name: "Overleg starten" }).click();
  await discussItem(chair.page, "Demo casus A");
  const panel = chair.page.getByRole("region", { name: "Vervolg van de casus" });
  const labels = await panel.locator(".mt-check").allTextContents();
  expect(labels).toHaveLength(AFSCHALING_CRITERIA.length);
  for (const label of labels.slice(0, 2)) await panel.getByLabel(label).check();
  await panel.getByLabel(/Overgedragen aan/).fill(HAND_BACK);
  await panel.getByRole("button", { name: "Afschaling starten" }).click();
  await expect(panel).toContainText("Voldaan aan 2 van de 6 criteria");
  const caseId = await caseIdOf(chair.page, "Demo casus A");

  // Weeks later, at her desk: the casusregisseur brings it up to date and closes the case.
  const bakker = await signIn("cr.bakker");
  await bakker.page.goto(`/casussen/${caseId}`);
  const section = bakker.page.getByRole("region", { name: "Afschaling" });
  await expect(section).toContainText(`overgedragen aan ${HAND_BACK}`);
  await expect(section).toContainText("Voldaan aan 2 van de 6 criteria");
  const close = section.getByRole("button", { name: "Casus sluiten" });
  await expect(close).toBeDisabled();
  for (const label of labels.slice(2)) await section.getByLabel(label).check();
  // What is ticked but not recorded is recorded first: closing waits for it.
  await expect(close).toBeDisabled();
  await expect(section).toContainText("kies Afschaling bijwerken");
  await section.getByRole("button", { name: "Afschaling bijwerken" }).click();
  await expect(section.getByRole("status")).toHaveText("De afschaling is bijgewerkt.");
  await expect(section).toContainText("Voldaan aan 6 van de 6 criteria");
  // A change not recorded is not dropped by closing: closing waits until it is recorded or undone.
  const first = section.getByLabel(labels[0] ?? "");
  await first.uncheck();
  await expect(close).toBeDisabled();
  await expect(section).toContainText("leg dat eerst vast met Afschaling bijwerken");
  await first.check();
  await expect(close).toBeEnabled();
  // Closing is asked first, naming what is still open; the closed case shows its bewaartermijn.
  bakker.page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Casus sluiten?");
    void dialog.accept();
  });
  await close.click();
  await expect(bakker.page.getByRole("region", { name: "Bewaartermijn" })).toContainText(
    "Gesloten op",
  );
  await expect(section.getByRole("button")).toHaveCount(0);
  await expect(section.getByRole("listitem")).toHaveCount(AFSCHALING_CRITERIA.length);

  // A partner of the case reads the afschaling, without controls.
  const devries = await signIn("dn.devries");
  await devries.page.goto(`/casussen/${caseId}`);
  const hers = devries.page.getByRole("region", { name: "Afschaling" });
  await expect(hers).toContainText("Voldaan aan 6 van de 6 criteria");
  await expect(hers.getByRole("button")).toHaveCount(0);
});
