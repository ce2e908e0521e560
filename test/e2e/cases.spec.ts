/** Registering a case through the form and finding it back in the case list, in real Chromium. */
import { expect, loginAs, test } from "./fixtures.js";

test.describe("aanmelding and the case list", () => {
  test("a deelnemer registers a case through the form and the procesregisseur finds it by searching the name", async ({
    browser,
  }) => {
    const aanmelder = await browser.newPage();
    await loginAs(aanmelder, "dn.devries");
    await aanmelder.getByRole("link", { name: "Nieuwe aanmelding" }).click();
    await expect(
      aanmelder.getByRole("heading", { level: 1, name: "Nieuwe aanmelding" }),
    ).toBeVisible();

    // Sending an empty form names what is missing, beside the field and in the summary.
    await aanmelder.getByRole("button", { name: "Aanmelding versturen" }).click();
    const summary = aanmelder.getByRole("alert").filter({ hasText: "nog niet compleet" });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Vul de naam in." })).toBeVisible();
    await expect(aanmelder.getByLabel("Naam")).toHaveAttribute("aria-invalid", "true");

    await aanmelder.getByLabel("Naam").fill("Femke Wierook");
    await aanmelder.getByLabel("Geboortedatum").fill("1988-03-09");
    await aanmelder.getByLabel("BSN").fill("123456789");
    await aanmelder.getByLabel("Postcode").fill("9999 ab");
    await aanmelder.getByLabel("Woonplaats").fill("Westerduin");
    await aanmelder.getByLabel("Soort casusoverleg").selectOption({ label: "Casus op Maat" });
    await expect(aanmelder.getByLabel("Gemeente")).toHaveValue("Westerduin");
    await expect(aanmelder.getByLabel("Titel voor agenda's")).toHaveValue("F.W. – Casus op Maat");
    await aanmelder.getByLabel("Reden van aanmelding").fill("Schulden en overlast in de buurt.");
    await aanmelder.getByLabel("Wat verwacht u van de partners?").fill("Informatie delen.");
    await aanmelder.getByLabel("Doel van het casusoverleg").fill("Eén gezamenlijk plan.");
    await aanmelder.getByRole("button", { name: "Partner toevoegen" }).click();
    await aanmelder
      .getByLabel("Organisatie")
      .selectOption({ label: "Politie Basisteam Westerduin" });
    await aanmelder.getByLabel("Contactpersoon").fill("W. Agent");
    await aanmelder.getByLabel("Nee, de betrokkene is niet geïnformeerd").check();
    await aanmelder
      .getByLabel("Waarom is de betrokkene niet geïnformeerd?")
      .fill("Lopend onderzoek.");

    // A BSN that fails the elfproef is refused before anything is sent.
    await aanmelder.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect(aanmelder.getByText(/elfproef/).first()).toBeVisible();
    await aanmelder.getByLabel("BSN").fill("123456782");
    await aanmelder.getByRole("button", { name: "Aanmelding versturen" }).click();
    await expect(aanmelder).toHaveURL(/\/casussen\/case_[A-Za-z0-9_-]+$/);

    // The case page shows the aanmelding, open while the case is new.
    const aanmelding = aanmelder.getByRole("region", { name: "Aanmelding" });
    await expect(aanmelding.getByText("Schulden en overlast in de buurt.")).toBeVisible();
    await expect(
      aanmelding.getByText(
        /^Aangemeld door Daan de Vries \(GGZ Duinstreek\) op \d{2}-\d{2}-\d{4}$/,
      ),
    ).toBeVisible();
    await expect(
      aanmelding.getByRole("row", { name: "Politie Basisteam Westerduin W. Agent" }),
    ).toBeVisible();

    const regisseur = await browser.newPage();
    await loginAs(regisseur, "pr.jansen");
    await regisseur.getByLabel(/Zoek op naam/).fill("wierook");
    await regisseur.keyboard.press("Enter");
    const row = regisseur.getByRole("row").filter({ hasText: "Femke Wierook" });
    await expect(row).toBeVisible();
    await expect(row.getByText("Nieuw", { exact: true })).toBeVisible();
    await expect(row.getByText("Aanmelding", { exact: true })).toBeVisible();
    await expect(row.getByText(/nog \d+ vragen/)).toBeVisible();
    await expect(row.getByText("Open", { exact: true })).toBeVisible();
    await expect(regisseur.getByText("1 casus", { exact: true })).toBeVisible();
    // The search term is personal data: it never reaches the address bar.
    expect(regisseur.url()).not.toContain("wierook");

    // The procesregisseur who triages it reads the aanmelding on the case page.
    await row.getByRole("link", { name: "F.W. – Casus op Maat" }).click();
    const forRegisseur = regisseur.getByRole("region", { name: "Aanmelding" });
    await expect(forRegisseur.getByText("Schulden en overlast in de buurt.")).toBeVisible();
    await expect(forRegisseur.getByText("Eén gezamenlijk plan.")).toBeVisible();
    await expect(forRegisseur.getByText("Lopend onderzoek.")).toBeVisible();

    await aanmelder.close();
    await regisseur.close();
  });

  test("searching by date of birth finds the case in the ISO and the Dutch form, and the date is in no address the browser asks for", async ({
    page,
  }) => {
    await loginAs(page, "pr.jansen");
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    for (const term of ["1991-04-12", "12-04-1991", "12-4-1991"]) {
      await page.getByLabel(/Zoek op naam/).fill(term);
      await Promise.all([
        page.waitForResponse((response) => response.url().endsWith("/api/cases/search")),
        page.keyboard.press("Enter"),
      ]);
      await expect(page.getByText("1 casus", { exact: true })).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "Demo casus A" })).toBeVisible();
    }
    expect(addresses.some((url) => url.endsWith("/api/cases/search"))).toBe(true);
    for (const url of [...addresses, page.url()]) {
      expect(url).not.toMatch(/1991|12-0?4/);
    }
  });

  test("the case list filters on phase and sorts on a column with the keyboard", async ({
    page,
  }) => {
    await loginAs(page, "pr.jansen");
    await page.getByLabel("Fase").selectOption({ label: "Uitvoering" });
    await expect(page.getByRole("row").filter({ hasText: "Demo casus C" })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Demo casus A" })).toHaveCount(0);

    await page.getByLabel("Fase").selectOption({ label: "Alle" });
    await expect(page.getByRole("row").filter({ hasText: "Demo casus A" })).toBeVisible();
    await page.getByRole("button", { name: "Naam" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("columnheader", { name: "Naam" })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
  });
});
