/**
 * Progress notes (voortgang) in the real browser against the real server: the municipality's
 * partner records in Mijn acties how her overdue action stands, and the casusregisseur who has the
 * plan open sees the latest note on the action without reloading; the chair of an overleg reads the
 * latest note with each open action and adds what the table says.
 */
import { wallTimeOf } from "../../shared/domain/regionTime.js";
import { caseIdOf, expect, openCaseDocument, signedInPage, test } from "./casePageFixtures.js";
import { shownItem } from "./meetingRoom.js";

const INTAKE = "Intake dagbesteding plannen";
const NOTE = "Nieuwe intake op 2 december; betrokkene heeft toegezegd te komen.";

// This file adds notes to Demo casus C's plan: it gets a server of its own.
test.use({ serverName: "actionProgress" });

test("dn.smit adds progress to her action in Mijn acties and cr.bakker sees it in the open plan", async ({
  browser,
  baseURL,
}) => {
  const bakker = await signedInPage(browser, baseURL ?? "", "cr.bakker");
  const smit = await signedInPage(browser, baseURL ?? "", "dn.smit");

  // The casusregisseur has the plan open: the action shows its latest note, read only.
  await openCaseDocument(bakker.page, await caseIdOf(bakker.page, "Demo casus C"), "plan");
  const action = bakker.page.locator(".cw-action").filter({ hasText: INTAKE });
  await expect(action.locator(".cw-action-progress")).toContainText(
    "Betrokkene kwam niet naar het kennismakingsgesprek.",
  );
  await expect(action.locator(".cw-action-progress")).toContainText("Noor Smit");
  await expect(action.locator(".cw-action-progress")).toContainText("Nog 1 eerdere notitie");

  // dn.smit opens her action's progress in Mijn acties: newest first.
  await smit.page.getByRole("link", { name: /^Mijn acties/ }).click();
  const row = smit.page.locator("tr.acties-row").filter({ hasText: INTAKE });
  await expect(row).toContainText("Laatste voortgang");
  await row.getByRole("button", { name: "Voortgang en toelichting (2)" }).click();
  const notes = smit.page.getByRole("region", { name: "Voortgang" });
  await expect(notes.getByRole("listitem")).toHaveCount(2);
  await expect(notes.getByRole("listitem").first()).toContainText("kennismakingsgesprek");

  await notes.getByLabel("Voortgang toevoegen").fill(NOTE);
  await notes.getByRole("button", { name: "Toevoegen" }).click();
  await expect(notes.getByRole("status")).toHaveText("Voortgang toegevoegd.");
  await expect(notes.getByLabel("Voortgang toevoegen")).toHaveValue("");
  await expect(notes.getByRole("listitem")).toHaveCount(3);
  await expect(notes.getByRole("listitem").first()).toContainText(NOTE);
  await expect(row.getByRole("button", { name: "Voortgang en toelichting (3)" })).toBeVisible();

  // The plan follows at once, through the live document.
  await expect(action.locator(".cw-action-progress")).toContainText(NOTE);
  await expect(action.locator(".cw-action-progress")).toContainText("Nog 2 eerdere notities");

  await bakker.context.close();
  await smit.context.close();
});

test("pr.jansen chairing an overleg reads the latest progress of Demo casus C's open actions and adds to it", async ({
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
  await chair.context.close();
});
