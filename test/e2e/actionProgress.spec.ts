/**
 * Progress notes (voortgang) in the real browser against the real server: the municipality's
 * partner records in Mijn acties how her overdue action stands, and the casusregisseur reads it with
 * the case's actions; the chair of an overleg reads the latest note with each open action and adds
 * what the table says, and sees a note written elsewhere arrive without loading the page.
 */
import { wallTimeOf } from "../../shared/domain/regionTime.js";
import { caseIdOf, expect, signedInPage, test } from "./casePageFixtures.js";
import { shownItem } from "./meetingRoom.js";

const INTAKE = "Intake dagbesteding plannen";
const NOTE = "Nieuwe intake op 2 december; betrokkene heeft toegezegd te komen.";

// This file adds notes to Demo casus C's plan: it gets a server of its own.
test.use({ serverName: "actionProgress" });

test("dn.smit adds progress to her action in Mijn acties and cr.bakker reads it with the case's actions", async ({
  browser,
  baseURL,
}) => {
  const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");

  // dn.smit opens her action's progress in Mijn acties: newest first.
  await smit.page.getByRole("link", { name: /^Mijn acties/ }).click();
  const row = smit.page.locator("tr.acties-row").filter({ hasText: INTAKE });
  await expect(row).toContainText("Laatste voortgang");
  await row.getByRole("button", { name: "Voortgang en toelichting (2)" }).click();
  const notes = smit.page.getByRole("region", { name: /Voortgang van/ });
  await expect(notes.getByRole("listitem")).toHaveCount(2);
  await expect(notes.getByRole("listitem").first()).toContainText("kennismakingsgesprek");

  // Only blanks: said at once, nothing sent.
  const field = notes.getByRole("textbox", { name: /Voortgang toevoegen/ });
  await field.fill("   ");
  await notes.getByRole("button", { name: "Toevoegen" }).click();
  await expect(notes.getByRole("alert")).toHaveText("Schrijf wat er is gebeurd.");

  await field.fill(NOTE);
  await notes.getByRole("button", { name: "Toevoegen" }).click();
  await expect(notes.getByRole("status")).toHaveText("Voortgang toegevoegd.");
  // The keyboard stays in the form.
  await expect(notes.getByRole("button", { name: "Toevoegen" })).toBeFocused();
  await expect(field).toHaveValue("");
  await expect(notes.getByRole("listitem")).toHaveCount(3);
  await expect(notes.getByRole("listitem").first()).toContainText(NOTE);
  await expect(row.getByRole("button", { name: "Voortgang en toelichting (3)" })).toBeVisible();

  // The casusregisseur reads it with the case's actions.
  const bakker = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  await bakker.page.getByRole("link", { name: "Demo casus C" }).click();
  await bakker.page.getByRole("link", { name: "Acties van deze casus" }).click();
  const hisRow = bakker.page.locator("tr.acties-row").filter({ hasText: INTAKE });
  await hisRow.getByRole("button", { name: "Voortgang en toelichting (3)" }).click();
  const hisNotes = bakker.page.getByRole("region", { name: /Voortgang van/ });
  await expect(hisNotes.getByRole("listitem").first()).toContainText(NOTE);
  await expect(hisNotes.getByRole("listitem").first()).toContainText("Noor Smit");

  await bakker.context.close();
  await smit.context.close();
});

test("pr.jansen chairing an overleg reads the latest progress of Demo casus C's open actions, adds to it and sees dn.smit's note arrive", async ({
  browser,
  baseURL,
}) => {
  const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  const caseId = await caseIdOf(chair.page, "Demo casus C");
  // An overleg with Demo casus C, planned to begin now.
  const { date, time } = wallTimeOf(new Date());
  const meetingId = await chair.page.evaluate(
    async (plan) => {
      const res = await fetch("/api/meetings", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(plan),
      });
      return ((await res.json()) as { ids: string[] }).ids[0] ?? "";
    },
    {
      title: "Uitvoeringsoverleg",
      kind: "casusoverleg",
      date,
      time,
      location: "ZVH Westerduin",
      agenda: [{ caseId, plannedMinutes: 30, invitees: [] }],
    },
  );
  await chair.page.goto(`/overleggen/${meetingId}`);
  await chair.page.getByRole("button", { name: "Overleg starten" }).click();
  await expect(shownItem(chair.page)).toHaveText("Demo casus C");

  const open = chair.page.getByRole("region", {
    name: "Openstaande acties uit het plan van aanpak",
  });
  const intake = open.getByRole("listitem").filter({ hasText: INTAKE });
  // The latest note (the demo's, or one an earlier test in this file added) by the partner.
  await expect(intake.locator(".mt-action-progress")).toContainText(
    /Laatste voortgang .*Noor Smit/,
  );
  await intake.getByRole("button", { name: `Voortgang toevoegen bij: ${INTAKE}` }).click();
  await intake
    .getByRole("textbox", { name: /Voortgang toevoegen/ })
    .fill("Aan tafel: school zoekt een stageplek.");
  await intake.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(intake.getByRole("status")).toHaveText("Voortgang toegevoegd.");
  await expect(intake.locator(".mt-action-progress")).toContainText(
    "Aan tafel: school zoekt een stageplek.",
  );
  await expect(intake.locator(".mt-action-progress")).toContainText("Petra Jansen");

  // dn.smit, from her desk, writes a later note: the table sees it without loading the page.
  const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");
  await smit.page.getByRole("link", { name: /^Mijn acties/ }).click();
  const row = smit.page.locator("tr.acties-row").filter({ hasText: INTAKE });
  await row.getByRole("button", { name: /^Voortgang en toelichting/ }).click();
  const notes = smit.page.getByRole("region", { name: /Voortgang van/ });
  await notes
    .getByRole("textbox", { name: /Voortgang toevoegen/ })
    .fill("Stageplek gevonden bij de kinderboerderij.");
  await notes.getByRole("button", { name: "Toevoegen" }).click();
  await expect(notes.getByRole("status")).toHaveText("Voortgang toegevoegd.");
  await expect(intake.locator(".mt-action-progress")).toContainText(
    "Stageplek gevonden bij de kinderboerderij.",
  );
  await expect(intake.locator(".mt-action-progress")).toContainText("Noor Smit");

  await smit.context.close();
  await chair.context.close();
});
