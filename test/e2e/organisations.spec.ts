/**
 * The partner organisations on the Beheer page in the real browser: the beheerder adds one (a name
 * in use is refused in the form), renames it, and an account can then be created in it.
 */
import { expect, test } from "./casePageFixtures.js";

// This file adds and renames organisations: a server and data of its own.
test.use({ serverName: "organisations" });

test.describe("partner organisations on the Beheer page", () => {
  test("the beheerder adds one, renames it, and creates an account in it", async ({ signIn }) => {
    const { page } = await signIn("beheer");
    await page.getByRole("navigation").getByRole("link", { name: "Beheer" }).click();
    await page.getByRole("link", { name: "Organisaties" }).click();
    await expect(page).toHaveURL(/\/beheer\/organisaties$/);
    const table = page.getByRole("table", { name: "Partnerorganisaties" });
    const smits = table.getByRole("row").filter({ hasText: "Gemeente" }).first();
    await expect(smits).toContainText("account");

    const form = page.getByRole("form", { name: "Organisatie toevoegen" });
    // A name in use, whatever its case, is refused by the server and the form keeps what was typed.
    const taken = (await smits.getByRole("rowheader").innerText()).trim();
    await form.getByLabel("Naam").fill(taken.toUpperCase());
    await form.getByLabel("Soort organisatie").selectOption({ label: "Woningcorporatie" });
    await form.getByRole("button", { name: "Toevoegen" }).click();
    await expect(form.getByRole("alert")).toHaveText(
      "Er is al een organisatie met deze naam. Kies een andere naam.",
    );
    await expect(form.getByLabel("Naam")).toHaveValue(taken.toUpperCase());

    await form.getByLabel("Naam").fill("Woonstichting Duinzicht");
    await form.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is toegevoegd" })).toHaveText(
      "Woonstichting Duinzicht is toegevoegd.",
    );
    const row = table.getByRole("row").filter({ hasText: "Woonstichting Duinzicht" });
    await expect(row).toContainText("Woningcorporatie");
    await expect(row).toContainText("0 accounts");
    await expect(form.getByLabel("Naam")).toHaveValue("");

    await row.getByRole("button", { name: "Wijzigen (Woonstichting Duinzicht)" }).click();
    const edit = page.getByRole("form", { name: "Woonstichting Duinzicht wijzigen" });
    await edit.getByLabel("Naam").fill("Woonstichting Duinzicht Westerduin");
    await edit.getByRole("button", { name: "Opslaan" }).click();
    await expect(edit).toBeHidden();
    await expect(
      table.getByRole("row").filter({ hasText: "Woonstichting Duinzicht Westerduin" }),
    ).toBeVisible();

    // The accounts section offers it at once.
    await page.getByRole("link", { name: "Accounts" }).click();
    const accountForm = page.getByRole("form", { name: "Nieuw account" });
    await accountForm.getByLabel("Gebruikersnaam", { exact: true }).fill("wc.duinzicht");
    await accountForm.getByLabel("Naam", { exact: true }).fill("Wim Corporatie");
    await accountForm
      .getByLabel("Organisatie")
      .selectOption({ label: "Woonstichting Duinzicht Westerduin" });
    await accountForm.getByLabel("Rol").selectOption({ label: "Deelnemer" });
    await accountForm.getByLabel("Eerste wachtwoord").fill("Lange-Zomeravond-Aan-Zee-7");
    await accountForm.getByRole("button", { name: "Account aanmaken" }).click();
    await expect(
      page
        .getByRole("table", { name: "Accounts" })
        .getByRole("row")
        .filter({ hasText: "Wim Corporatie" }),
    ).toContainText("Woonstichting Duinzicht Westerduin");
  });
});
