/**
 * Rapportages in the real browser: pr.jansen opens the management report of the demo region,
 * reads every section with its figures, and chooses another period. No case title appears.
 */
import { expect, loginAs, test } from "./fixtures.js";

test.describe("the Rapportages page", () => {
  test("pr.jansen opens Rapportages and reads instroom, triage, doorlooptijd, phases, overleggen and actions with numbers", async ({
    page,
  }) => {
    await loginAs(page, "pr.jansen");
    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Rapportages" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Rapportages" })).toBeVisible();
    await expect(page.getByText(/^Managementinformatie over Regio Westerduin/)).toBeVisible();

    // The default period: the form shows it once the report is in.
    await expect(page.getByLabel("Van")).toHaveValue(/^\d{4}-\d{2}-01$/);
    await expect(page.getByLabel("Tot en met")).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByText(/^\d+ casussen aangemeld in de periode\.$/)).toBeVisible();

    for (const title of [
      "Instroom",
      "Triage",
      "Doorlooptijd",
      "Casussen per fase",
      "Overleggen",
      "Acties per partnerorganisatie",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    }

    const perMonth = page.getByRole("table", { name: "Aanmeldingen per maand" });
    // Twelve months, the header and the total.
    await expect(perMonth.getByRole("row")).toHaveCount(14);
    await expect(perMonth.getByRole("row", { name: /^Totaal \d+$/ })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Aanmeldingen per uur van de dag" }).getByRole("row"),
    ).toHaveCount(25);

    const oordelen = page.getByRole("table", { name: "Triage-uitkomst (kleur)" });
    for (const colour of ["Groen", "Oranje", "Rood"]) {
      await expect(
        oordelen.getByRole("row", { name: new RegExp(`^${colour} \\d+ (\\d+%|–)$`) }),
      ).toBeVisible();
    }
    const besluiten = page.getByRole("table", { name: "Triagebesluit" });
    for (const besluit of ["Casusoverleg", "Advies", "Terugverwijzen", "Nog geen besluit"]) {
      await expect(
        besluiten.getByRole("row", { name: new RegExp(`^${besluit} \\d+`) }),
      ).toBeVisible();
    }
    await expect(
      page.getByRole("table", { name: "Mediane doorlooptijd vanaf aanmelding" }).getByRole("row", {
        name: /^Triagebesluit /,
      }),
    ).toBeVisible();
    const fasen = page.getByRole("table", { name: "Alle casussen van de regio per fase" });
    await expect(fasen.getByRole("row", { name: /^Uitvoering [1-9]\d*$/ })).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Gehouden overleggen in de periode" }).getByRole("row", {
        name: /^Totaal \d+$/,
      }),
    ).toBeVisible();
    // Demo casus C's plan has an overdue action of the gemeente.
    const acties = page.getByRole("table", {
      name: "Acties uit de plannen van aanpak per partnerorganisatie",
    });
    await expect(
      acties.getByRole("row", { name: /^Gemeente Westerduin \d+ \d+ [1-9]\d* \d+$/ }),
    ).toBeVisible();

    // Aggregates only: no case of the region is named.
    for (const title of ["Demo casus A", "Demo casus B", "Demo casus C", "Demo casus D"]) {
      await expect(page.getByText(title)).toHaveCount(0);
    }

    // Another period: before the demo region existed nothing was registered.
    await page.getByLabel("Van").fill("2020-01-01");
    await page.getByLabel("Tot en met").fill("2020-06-30");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page.getByText("Periode 01-01-2020 tot en met 30-06-2020.")).toBeVisible();
    await expect(page.getByText("0 casussen aangemeld in de periode.")).toBeVisible();
    await expect(perMonth.getByRole("row")).toHaveCount(8);

    // A period that runs backwards is refused beside the form, before anything is asked.
    await page.getByLabel("Tot en met").fill("2019-12-31");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "Tot en met: de einddatum ligt voor de begindatum.",
    );
  });
});
