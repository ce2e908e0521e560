/**
 * A started aanmelding is not lost by accident: leaving the page asks first, and a session that
 * ends while it is being filled in gives it back in the form after the same user signs in again,
 * and never to another user on the same tab.
 */
import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./casePageFixtures.js";

// This file registers a case: a server and data of its own.
test.use({ serverName: "aanmeldingDraft" });

const NAME = "Şahin Yıldız";
const REASON = "Meerdere meldingen van overlast en schulden.";

/** Opens the aanmelding form as `username` and fills in all it needs. */
async function startAanmelding(page: Page, username: string): Promise<void> {
  await loginAs(page, username);
  await page.getByRole("link", { name: "Nieuwe aanmelding" }).click();
  await expect(page.getByRole("button", { name: "Aanmelding versturen" })).toBeVisible();
  // Typing starts once the page is settled: a CI run once lost the first field typed at once.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Naam").fill(NAME);
  await expect(page.getByLabel("Naam")).toHaveValue(NAME);
  await page.getByLabel("Geboortedatum").fill("1987-03-15");
  await page.getByLabel("Woonplaats").fill("Westerduin");
  await page.getByLabel("Soort casusoverleg").selectOption({ label: "Casus op Maat" });
  await page.getByLabel("Reden van aanmelding").fill(REASON);
  await page.getByLabel("Doel van het casusoverleg").fill("Eén plan.");
  await page.getByLabel("Wat verwacht u van de partners?").fill("Informatie delen.");
  await page.getByLabel("Ja, de betrokkene is geïnformeerd").check();
  await expect(page.getByLabel("Naam")).toHaveValue(NAME);
  await expect(page.getByLabel("Titel voor agenda's")).toHaveValue("Ş.Y. – Casus op Maat");
}

/**
 * Ends the session on the server (as the idle timeout would) while the form is open, then sends
 * the form: the login page takes its place.
 */
async function sendAfterSessionEnded(page: Page): Promise<void> {
  const status = await page.evaluate(
    async () => (await fetch("/api/auth/logout", { method: "POST" })).status,
  );
  expect(status).toBe(204);
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
}

/** Signs in as `username` on the login page, which returns to the aanmelding form. */
async function signInAgain(page: Page, username: string): Promise<void> {
  await page.getByLabel("Gebruikersnaam").fill(username);
  await page.getByLabel("Wachtwoord").fill("demo");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/casussen\/nieuw$/);
}

test("leaving a started aanmelding asks first, and staying keeps what was typed", async ({
  page,
}) => {
  await startAanmelding(page, "dn.devries");
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("navigation").getByRole("link", { name: "Overleggen" }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("De aanmelding is nog niet verstuurd.");
  await expect(page).toHaveURL(/\/casussen\/nieuw$/);
  await expect(page.getByLabel("Reden van aanmelding")).toHaveValue(REASON);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("navigation").getByRole("link", { name: "Overleggen" }).click();
  await expect(page).toHaveURL(/\/overleggen$/);
});

test("an aanmelding sent after the session ended is back in the form after signing in, and is then sent", async ({
  page,
}) => {
  await startAanmelding(page, "dn.smit");
  await sendAfterSessionEnded(page);
  await signInAgain(page, "dn.smit");
  await expect(
    page.getByRole("status").filter({ hasText: "Uw sessie was verlopen" }),
  ).toBeVisible();
  await expect(page.getByLabel("Naam")).toHaveValue(NAME);
  await expect(page.getByLabel("Reden van aanmelding")).toHaveValue(REASON);
  await expect(page.getByLabel("Ja, de betrokkene is geïnformeerd")).toBeChecked();

  // Sent now, the page opens the new case without asking to leave.
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page).toHaveURL(/\/casussen\/case_[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("region", { name: "Aanmelding" })).toContainText(REASON);
});

test("another user signing in on the same tab after the session ended gets an empty form", async ({
  page,
}) => {
  await startAanmelding(page, "dn.devries");
  await sendAfterSessionEnded(page);
  await signInAgain(page, "dn.smit");
  await expect(page.getByLabel("Naam")).toHaveValue("");
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expect(page.getByText("Uw sessie was verlopen")).toHaveCount(0);
});
