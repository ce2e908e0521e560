/**
 * The audit trail on the Beheer page in the real browser: the beheerder narrows the trail to a
 * case found in it, loads older entries, and checks the hash chain; a damaged line shows as a row
 * of its own; other roles do not get in.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { caseIdOf, expect, test } from "./casePageFixtures.js";

// This file fills the trail with case views: a server and data of its own.
test.use({ serverName: "audit-trail" });

/** Case views by pr.jansen: more than one screen (50 entries) of the case's trail. */
const VIEWS = 60;

test.describe("the audit trail on the Beheer page", () => {
  test("the beheerder filters on a case id found in the trail, loads older entries and checks the chain", async ({
    signIn,
  }) => {
    const jansen = await signIn("pr.jansen");
    const caseId = await caseIdOf(jansen.page, "Demo casus A");
    for (let i = 0; i < VIEWS; i++) {
      const res = await jansen.page.request.get(`/api/cases/${encodeURIComponent(caseId)}`);
      expect(res.status()).toBe(200);
    }

    const { page } = await signIn("beheer");
    await page.getByRole("navigation").getByRole("link", { name: "Beheer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Audittrail" })).toBeVisible();
    const table = page.getByRole("table", { name: "Audittrail" });

    // The newest case view names the case by id only; its title appears nowhere on the page.
    const view = table.getByRole("row").filter({ hasText: "Casus bekeken" }).first();
    const found = await view.getByRole("button", { name: /^Toon alleen casus / }).textContent();
    expect(found).toBe(caseId);
    await expect(page.getByText("Demo casus A")).toHaveCount(0);

    // A name typed into a filter is refused before anything is asked.
    await page.getByLabel("Persoon-id").fill("Jansen");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "Persoon-id: verwacht een id die begint met pers_, of zulke ids gescheiden door komma's.",
    );
    await page.getByLabel("Persoon-id").fill("");

    await page.getByLabel("Casus-id").fill(found ?? "");
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    await expect(page.getByText("50 regels getoond; er zijn oudere regels.")).toBeVisible();
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(51);
    for (const row of await rows.filter({ hasText: "Casus bekeken" }).all()) {
      await expect(row).toContainText(caseId);
    }

    await page.getByRole("button", { name: "Meer laden" }).click();
    await expect(page.getByText(/^\d+ regels getoond\.$/)).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(VIEWS + 1);
    await expect(page.getByRole("button", { name: "Meer laden" })).toHaveCount(0);
    const seqs = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.getAttribute("data-seq"))).filter((n) => n > 0),
    );
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    // From an entry to everything its user did.
    await rows
      .filter({ hasText: "Casus bekeken" })
      .first()
      .getByRole("button", { name: "Toon alleen gebruiker pr.jansen" })
      .click();
    await expect(page.getByLabel("Gebruiker-id")).not.toHaveValue("");

    // What the filter selects, as a CSV file for the privacy officer's own records.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /Exporteren als CSV/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audittrail-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) ?? "", "utf8");
    expect(csv).toContain("volgnummer;tijdstip;tijdstip-nl;actie;omschrijving;uitkomst");
    expect(csv).toContain(";pr.jansen;");

    await page.getByRole("button", { name: "Keten controleren" }).click();
    await expect(page.getByText(/^De keten is intact: \d+ regels gecontroleerd\.$/)).toBeVisible();
    // The demo runs without an anchor key: the page says what the check cannot see then.
    await expect(page.getByText(/AUDIT_ANCHOR_KEY is niet ingesteld/)).toBeVisible();

    // The overview per person: found by BSN and date of birth, shown by id; the BSN is not kept.
    const person = page.getByRole("group", { name: "Overzicht per persoon" });
    await person.getByLabel("BSN", { exact: true }).fill("111222333");
    await person.getByLabel("Geboortedatum").fill("1991-04-12");
    await person.getByRole("button", { name: "Zoek persoon" }).click();
    await expect(person.getByRole("status")).toHaveText(
      "Gevonden in 1 casus: de audittrail toont alles over deze persoon.",
    );
    await expect(person.getByLabel("BSN", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Persoon-id")).toHaveValue(/^pers_/);
    await expect(rows.filter({ hasText: "Casus bekeken" }).first()).toContainText(caseId);
    expect(page.url()).not.toContain("111222333");

    // Someone recorded without a BSN (Demo casus B's person) is found by name and date of birth.
    const zandvoort = await page.getByLabel("Persoon-id").inputValue();
    await person.getByLabel("Naam (alleen zonder BSN)").fill("Mila Duinhof");
    await person.getByLabel("Geboortedatum").fill("1987-11-30");
    await person.getByRole("button", { name: "Zoek persoon" }).click();
    await expect(person.getByRole("status")).toHaveText(
      "Gevonden in 1 casus: de audittrail toont alles over deze persoon.",
    );
    await expect(page.getByLabel("Persoon-id")).not.toHaveValue(zandvoort);
    await expect(page.getByLabel("Persoon-id")).toHaveValue(/^pers_/);
  });

  test("a line damaged while the server was down shows as a damaged row in its place, and the chain check names it", async ({
    server,
    signIn,
  }) => {
    await server.stop();
    const auditDir = join(server.dataDir, "audit");
    const name = (await readdir(auditDir)).filter((f) => f.endsWith(".jsonl")).sort()[0] ?? "";
    const file = join(auditDir, name);
    const lines = (await readFile(file, "utf8")).split("\n");
    lines[2] = "hier heeft iemand de regel overschreven";
    await writeFile(file, lines.join("\n"));
    await server.start();

    const { page } = await signIn("beheer");
    await page.goto("/beheer/audit");
    await page.getByLabel("Actie").selectOption({ label: "Ingelogd" });
    await page.getByRole("button", { name: "Toon", exact: true }).click();
    const table = page.getByRole("table", { name: "Audittrail" });
    const damaged = table.getByRole("row").filter({ hasText: "Beschadigde regel" });
    await expect(damaged).toHaveCount(1);
    await expect(damaged).toContainText(`Regel 3 van bestand ${name} kan niet worden gelezen`);
    await expect(page.getByText("overschreven")).toHaveCount(0);

    await page.getByRole("button", { name: "Keten controleren" }).click();
    await expect(
      page.getByText(`De keten is verbroken bij regel 3:`, { exact: false }),
    ).toContainText(`Plaats: regel 3 van bestand ${name}.`);
  });

  test("a deelnemer does not see Beheer in the menu and is refused the page", async ({
    signIn,
  }) => {
    const { page } = await signIn("dn.smit");
    await expect(page.getByRole("navigation").getByRole("link", { name: "Beheer" })).toHaveCount(0);
    await page.goto("/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Audittrail" })).toHaveCount(0);
  });
});
