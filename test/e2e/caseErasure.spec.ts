/**
 * Erasing a registration made in error, in the real browser: the procesregisseur opens Demo casus D
 * (an aanmelding), unfolds "Ten onrechte aangemeld?", is asked to choose a reason and to confirm,
 * and is taken to the case list, which says the registration is gone and no longer lists it. A
 * partner at the same aanmelding is not offered the form.
 */
import { caseIdOf, expect, test } from "./casePageFixtures.js";

// This file erases a demo case: a server and data of its own.
test.use({ serverName: "caseErasure" });

const CASE_TITLE = "Demo casus D";

test("a partner at the aanmelding is not offered the erasure", async ({ signIn }) => {
  const { page } = await signIn("dn.smit");
  const caseId = await caseIdOf(page, CASE_TITLE);
  await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
  await expect(page.getByRole("heading", { name: CASE_TITLE })).toBeVisible();
  await expect(page.getByText("Ten onrechte aangemeld?")).toHaveCount(0);
});

test("the procesregisseur erases an aanmelding made in error, for a reason, after confirming", async ({
  signIn,
}) => {
  const { page } = await signIn("pr.jansen");
  const caseId = await caseIdOf(page, CASE_TITLE);
  await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
  await page.getByText("Ten onrechte aangemeld?").click();
  const submit = page.getByRole("button", { name: "Aanmelding verwijderen" });

  // No reason chosen: said, nothing asked or sent.
  await submit.click();
  await expect(page.getByRole("alert")).toHaveText("Kies waarom deze aanmelding wordt verwijderd.");

  // Not confirmed: nothing happens.
  await page
    .getByLabel("Reden")
    .selectOption({ label: "Dubbele aanmelding: deze casus is al aangemeld" });
  page.once("dialog", (dialog) => void dialog.dismiss());
  await submit.click();
  await expect(page.getByRole("heading", { name: CASE_TITLE })).toBeVisible();

  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await submit.click();
  await expect(page.getByRole("heading", { name: "Casussen", level: 1 })).toBeVisible();
  expect(asked).toContain("kan niet ongedaan worden gemaakt");
  await expect(
    page.getByRole("status").filter({ hasText: "De aanmelding is verwijderd" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Demo casus C" })).toBeVisible();
  await expect(page.getByRole("link", { name: CASE_TITLE })).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe("/casussen");

  // Its address leads nowhere now.
  await page.goto(`/casussen/${encodeURIComponent(caseId)}`);
  await expect(page.getByText(/niet gevonden|bestaat niet/i).first()).toBeVisible();
});
