/**
 * Account management on the Beheer page in the real browser: the beheerder creates an account,
 * its user logs in elsewhere and opens a case document, the beheerder blocks the account, and the
 * user loses the document at once and is sent to the login page, where the password no longer works.
 * The beheerder also changes an account's role and sets its password, through the same forms. A
 * password the beheerder set is replaced by the user's own at their first login.
 */
import type { Page } from "@playwright/test";
import { caseIdOf, expect, loginAs, openCaseDocument, test } from "./casePageFixtures.js";

// This file adds and blocks accounts: a server and data of its own.
test.use({ serverName: "accounts" });

const USERNAME = "pr.nieuw";
const DISPLAY_NAME = "Pim Nieuwkomer";
const PASSWORD = "Lange-Zomeravond-Aan-Zee-7";
const OWN_PASSWORD = "Eigen-Gekozen-Wachtwoord-Bij-Zee";

/**
 * At the first login after a beheerder set the password, the user can do nothing but choose their
 * own; the app then goes on.
 */
async function chooseOwnPassword(page: Page, current: string): Promise<void> {
  await expect(
    page.getByRole("heading", { level: 1, name: "Kies een eigen wachtwoord" }),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toHaveCount(0);
  const form = page.getByRole("form", { name: "Wachtwoord wijzigen" });
  await form.getByLabel("Huidig wachtwoord").fill(current);
  await form.getByLabel("Nieuw wachtwoord", { exact: true }).fill(OWN_PASSWORD);
  await form.getByLabel("Nieuw wachtwoord herhalen").fill(`${OWN_PASSWORD}!`);
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(form.getByText("De twee nieuwe wachtwoorden zijn niet gelijk.")).toBeVisible();
  await form.getByLabel("Nieuw wachtwoord herhalen").fill(OWN_PASSWORD);
  await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
}

test.describe("accounts on the Beheer page", () => {
  test("the beheerder creates an account, its user works in a case, and blocking the account ends that at once", async ({
    signIn,
    browser,
    baseURL,
  }) => {
    const { page } = await signIn("beheer");
    await page.getByRole("navigation").getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Accounts" }).click();
    await expect(page).toHaveURL(/\/beheer\/accounts$/);
    await expect(page.getByRole("heading", { level: 2, name: "Accounts" })).toBeVisible();
    const table = page.getByRole("table", { name: "Accounts" });
    await expect(table.getByRole("row").filter({ hasText: "Noor Smit" })).toBeVisible();

    // A short password is refused in the form, before anything is sent.
    const form = page.getByRole("form", { name: "Nieuw account" });
    await form.getByLabel("Gebruikersnaam", { exact: true }).fill(USERNAME);
    await form.getByLabel("Naam", { exact: true }).fill(DISPLAY_NAME);
    await form
      .getByLabel("Organisatie")
      .selectOption({ label: "Zorg- en Veiligheidshuis Westerduin" });
    await form.getByLabel("Rol").selectOption({ label: "Procesregisseur" });
    await form.getByLabel("Eerste wachtwoord").fill("te-kort");
    await form.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(form.getByText("Het wachtwoord moet minstens 12 tekens hebben.")).toBeVisible();
    await form.getByLabel("Eerste wachtwoord").fill(PASSWORD);
    await form.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(page.getByText(`Het account van ${DISPLAY_NAME} is aangemaakt.`)).toBeVisible();
    const row = table.getByRole("row").filter({ hasText: DISPLAY_NAME });
    await expect(row).toContainText("Procesregisseur");
    await expect(row).toContainText("Actief");

    // The new user logs in in a browser of their own and opens a case of the region.
    const context = await browser.newContext({ baseURL, locale: "nl-NL" });
    try {
      const userPage = await context.newPage();
      await loginAs(userPage, USERNAME, PASSWORD);
      await expect(userPage.getByRole("banner").getByText(DISPLAY_NAME)).toBeVisible();
      await chooseOwnPassword(userPage, PASSWORD);
      const caseId = await caseIdOf(userPage, "Demo casus A");
      await openCaseDocument(userPage, caseId, "plan");

      // The beheerder finds the account by part of its name and blocks it after confirming.
      await page.getByLabel("Zoek op naam").fill("nieuwk");
      await expect(table.getByRole("row")).toHaveCount(2);
      page.once("dialog", (dialog) => void dialog.accept());
      await row.getByRole("button", { name: `Blokkeren (${DISPLAY_NAME})` }).click();
      await expect(
        page.getByText(`${DISPLAY_NAME} is geblokkeerd.`, { exact: false }),
      ).toBeVisible();
      await expect(row).toContainText("Geblokkeerd");
      await expect(
        row.getByRole("button", { name: `Deblokkeren (${DISPLAY_NAME})` }),
      ).toBeVisible();

      // The open documents close at once, and the case goes with them: the page asks the server
      // for it again, which answers that the session has ended, and the login page follows.
      await expect(userPage).toHaveURL(/\/inloggen$/);
      await expect(userPage.getByText("Uw sessie is verlopen. Log opnieuw in.")).toBeVisible();
      await expect(userPage.locator(".cw-page")).toHaveCount(0);
      await userPage.getByLabel("Gebruikersnaam").fill(USERNAME);
      await userPage.getByLabel("Wachtwoord").fill(OWN_PASSWORD);
      await userPage.getByRole("button", { name: "Inloggen" }).click();
      await expect(userPage.getByRole("alert")).toHaveText("Gebruikersnaam of wachtwoord onjuist.");
    } finally {
      await context.close();
    }
  });

  test("the beheerder changes an account's role and sets a new password, which its user then logs in with", async ({
    signIn,
    browser,
    baseURL,
  }) => {
    const { page } = await signIn("beheer");
    await page.goto("/beheer/accounts");
    const row = page
      .getByRole("table", { name: "Accounts" })
      .getByRole("row")
      .filter({ hasText: "Noor Smit" });

    await row.getByRole("button", { name: "Wijzigen (Noor Smit)" }).click();
    const edit = page.getByRole("form", { name: "Noor Smit wijzigen" });
    await edit.getByLabel("Rol").selectOption({ label: "Casusregisseur" });
    await edit.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("De gegevens van Noor Smit zijn opgeslagen.")).toBeVisible();
    await expect(row).toContainText("Casusregisseur");

    await row.getByRole("button", { name: "Nieuw wachtwoord instellen (Noor Smit)" }).click();
    const reset = page.getByRole("form", { name: "Nieuw wachtwoord voor Noor Smit" });
    await reset.getByLabel("Nieuw wachtwoord").fill("te-kort");
    await reset.getByRole("button", { name: "Opslaan" }).click();
    await expect(reset.getByText("Het wachtwoord moet minstens 12 tekens hebben.")).toBeVisible();
    await reset.getByLabel("Nieuw wachtwoord").fill(PASSWORD);
    await reset.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Het nieuwe wachtwoord van Noor Smit is ingesteld.")).toBeVisible();

    const context = await browser.newContext({ baseURL, locale: "nl-NL" });
    try {
      const userPage = await context.newPage();
      await loginAs(userPage, "dn.smit", PASSWORD);
      await expect(userPage.getByRole("banner").getByText("Noor Smit")).toBeVisible();
      await chooseOwnPassword(userPage, PASSWORD);
    } finally {
      await context.close();
    }

    // From the account to what the audit trail holds on it: her login, the changes made to it.
    await row.getByRole("link", { name: "Audittrail (Noor Smit)" }).click();
    await expect(page).toHaveURL(/\/beheer\/audit$/);
    await expect(page.getByLabel("Gebruiker-id")).toHaveValue(/^user_/);
    const entries = page.getByRole("table", { name: /Audittrail/ }).getByRole("row");
    await expect(entries.filter({ hasText: "Ingelogd" }).first()).toContainText("dn.smit");
    // Set by the beheerder, then replaced by her own.
    const passwords = entries.filter({ hasText: "Wachtwoord ingesteld" });
    await expect(passwords).toHaveCount(2);
    await expect(passwords.filter({ hasText: "dn.smit" }).first()).toBeVisible();
    await expect(entries.filter({ hasText: "Account gewijzigd" })).toHaveCount(1);
  });

  test("any user changes their own password from the header, with the current one", async ({
    signIn,
  }) => {
    const { page } = await signIn("dn.devries");
    await page.getByRole("banner").getByRole("link", { name: "Wachtwoord wijzigen" }).click();
    await expect(page).toHaveURL(/\/wachtwoord$/);
    const form = page.getByRole("form", { name: "Wachtwoord wijzigen" });
    await form.getByLabel("Huidig wachtwoord").fill("niet-het-goede");
    await form.getByLabel("Nieuw wachtwoord", { exact: true }).fill(OWN_PASSWORD);
    await form.getByLabel("Nieuw wachtwoord herhalen").fill(OWN_PASSWORD);
    await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(form.getByRole("alert")).toHaveText(
      'Ongeldige invoer in veld "Huidig wachtwoord": dit is niet uw huidige wachtwoord.',
    );
    await form.getByLabel("Huidig wachtwoord").fill("demo");
    await form.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Uw wachtwoord is gewijzigd. Uw sessies op andere apparaten zijn beëindigd.",
    );
    await expect(form.getByLabel("Huidig wachtwoord")).toHaveValue("");
    // Still signed in here, and the menu works as before.
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Casussen" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Casussen" })).toBeVisible();
  });
});
