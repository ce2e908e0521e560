/**
 * The chair moves cases on from the overleg in the real browser: only the steps a case's phase
 * allows are offered, closing is asked first (and a "no" changes nothing), a closed case offers no
 * step or follow-up any more, and a follow-up overleg is planned once however often it is clicked;
 * a case is put on an overleg the chair planned already, once, and is discussed there.
 * Ending the overleg warns about a besluit typed but not recorded, and keeps the samenvatting the
 * chair typed for the verslag. A case closed while on a planned overleg is marked closed on its
 * agenda, and "Wijzigen" keeps it with its standing partners only.
 */
import type { Page } from "@playwright/test";
import { AFSCHALING_CRITERIA } from "../../shared/api/meetings.js";
import { expect, test } from "./casePageFixtures.js";
import { discussItem, shownItem } from "./meetingRoom.js";

// This file closes a demo case: a server and data of its own.
test.use({ serverName: "phases" });

const OVERLEG = "Casusoverleg Westerduin";

/** The chair's "Vervolg van de casus" section of the item under discussion. */
function phasePanel(page: Page) {
  return page.getByRole("region", { name: "Vervolg van de casus" });
}

/** The item titled `title` on the room's agenda. */
function agendaItem(page: Page, title: string) {
  return page
    .getByRole("navigation", { name: "Agenda" })
    .getByRole("listitem")
    .filter({ hasText: title });
}

/** Opens the demo overleg, starts it and discusses `title`. */
async function discuss(page: Page, title: string): Promise<void> {
  await page.getByRole("link", { name: "Overleggen", exact: true }).click();
  await page.getByRole("link", { name: OVERLEG }).click();
  await expect(page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
  const start = page.getByRole("button", { name: "Overleg starten" });
  if (await start.isVisible()) await start.click();
  await expect(page.getByRole("button", { name: "Overleg beëindigen" })).toBeVisible();
  await discussItem(page, title);
}

test.describe("moving a case on from the overleg", () => {
  test.describe.configure({ mode: "serial" });

  test("offers only the steps the phase allows, asks before closing, and a closed case offers none", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    await discuss(page, "Demo casus A");
    // A partner at the table follows in the room.
    const devries = await signIn("dn.devries");
    await devries.page.getByRole("link", { name: "Overleggen", exact: true }).click();
    await devries.page.getByRole("link", { name: OVERLEG }).click();
    await expect(shownItem(devries.page)).toHaveText("Demo casus A");
    const panel = phasePanel(page);
    await expect(panel).toContainText("Huidige fase: Casusoverleg");
    await expect(panel.getByRole("button", { name: "Naar uitvoering" })).toBeVisible();
    await expect(panel.getByRole("button", { name: "Casus sluiten" })).toHaveCount(0);

    const boxes = await panel.getByRole("checkbox").all();
    expect(boxes).toHaveLength(AFSCHALING_CRITERIA.length);
    for (const box of boxes.slice(1)) await box.check();
    await panel.getByLabel("Overgedragen aan (bijv. sociaal wijkteam)").fill("Sociaal wijkteam");
    await panel.getByRole("button", { name: "Afschaling starten" }).click();
    await expect(panel).toContainText("Huidige fase: Afschaling");
    await expect(panel.getByRole("button", { name: "Naar uitvoering" })).toHaveCount(0);
    await expect(panel.getByRole("button", { name: "Afschaling starten" })).toHaveCount(0);
    // One criterion is not met yet: closing waits for it, and the checklist stays to record it.
    await expect(panel.getByRole("button", { name: "Casus sluiten" })).toBeDisabled();
    await expect(panel).toContainText("Sluiten kan zodra aan alle afschalingscriteria is voldaan");
    await boxes[0]?.check();
    await panel.getByRole("button", { name: "Afschaling bijwerken" }).click();
    const all = AFSCHALING_CRITERIA.length;
    await expect(panel).toContainText(`Voldaan aan ${all} van de ${all} criteria`);
    await expect(panel.getByRole("button", { name: "Casus sluiten" })).toBeEnabled();

    // "Annuleren" on the question leaves the case as it is.
    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await panel.getByRole("button", { name: "Casus sluiten" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("de bewaartermijn");
    await expect(panel).toContainText("Huidige fase: Afschaling");

    page.once("dialog", (dialog) => void dialog.accept());
    await panel.getByRole("button", { name: "Casus sluiten" }).click();
    await expect(panel).toContainText("Huidige fase: Gesloten");
    await expect(panel).toContainText("De casus is gesloten.");
    await expect(panel.getByRole("button")).toHaveCount(0);
    // Both agendas mark the case closed at once, without a reload.
    for (const screen of [page, devries.page]) {
      await expect(agendaItem(screen, "Demo casus A")).toContainText("Casus gesloten");
    }
  });

  test("plans a follow-up overleg once, however often the button is clicked", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    await discuss(page, "Demo casus B");
    const panel = phasePanel(page);
    await panel.getByLabel("Datum").fill("2030-02-05");
    const plan = panel.getByRole("button", { name: "Vervolgoverleg plannen" });
    await plan.dblclick();
    await expect(panel.getByRole("status")).toContainText("Het vervolgoverleg is gepland.");
    await expect(plan).toBeDisabled();

    await page.getByRole("link", { name: "Overleggen", exact: true }).click();
    await expect(page.getByRole("link", { name: /^Vervolgoverleg: Demo casus B/ })).toHaveCount(1);
  });

  test("puts a case on an overleg the chair planned already, once, where it is on the agenda and opens", async ({
    signIn,
    baseURL,
  }) => {
    const { page } = await signIn("pr.jansen");
    const planned = await page.request.post("/api/meetings", {
      headers: { origin: baseURL ?? "" },
      data: {
        title: "Wijkoverleg Duinrand",
        kind: "casusoverleg",
        date: "2030-03-12",
        time: "09:30",
        location: "ZVH Westerduin",
        agenda: [
          { title: "Opening", plannedMinutes: 5, invitees: [] },
          { title: "Rondvraag", plannedMinutes: 10, invitees: [] },
        ],
      },
    });
    expect(planned.status()).toBe(201);

    await discuss(page, "Demo casus B");
    const panel = phasePanel(page);
    const choice = panel.getByLabel("Bespreken op een gepland overleg");
    const option = choice.locator("option", { hasText: "Wijkoverleg Duinrand" });
    await expect(option).toContainText("12 mrt 2030");
    await choice.selectOption((await option.getAttribute("value")) ?? "");
    const add = panel.getByRole("button", { name: "Op dit overleg zetten" });
    await add.dblclick();
    await expect(panel.getByRole("status")).toContainText(
      "De casus staat op het geplande overleg, met de openstaande acties.",
    );
    await expect(add).toBeDisabled();
    await expect(panel.getByRole("button", { name: "Vervolgoverleg plannen" })).toBeDisabled();

    await panel.getByRole("link", { name: "Naar dat overleg" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Wijkoverleg Duinrand" }),
    ).toBeVisible();
    const agenda = page.getByRole("navigation", { name: "Agenda" });
    await expect(agenda.getByRole("listitem")).toHaveText([/Opening/, /Demo casus B/, /Rondvraag/]);
    await agenda.getByRole("button", { name: /Demo casus B/ }).click();
    await expect(shownItem(page)).toHaveText("Demo casus B");
    await expect(
      page.getByRole("region", { name: "Openstaande acties uit het plan van aanpak" }),
    ).toBeVisible();
  });

  test("ending the overleg warns about a besluit not recorded and names the cases without a verslag, and keeps the typed samenvatting", async ({
    signIn,
  }) => {
    const { page } = await signIn("pr.jansen");
    await discuss(page, "Demo casus B");
    const samenvatting = "Gezin is gemotiveerd; school en wijkteam trekken samen op.";
    await page.getByLabel("Samenvatting van de voorzitter").fill(samenvatting);
    await page.getByLabel("Nieuw besluit").fill("Wijkteam neemt contact op met de school");

    const questions: string[] = [];
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Overleg beëindigen" }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain("niet is vastgelegd");
    // No verslag was fixed yet: the chair hears which cases still need one, and that it can wait.
    expect(questions[0]).toMatch(/Van .*Demo casus B.* nog geen verslag.* ook na het beëindigen/);
    await expect(page.getByLabel("Nieuw besluit")).toHaveValue(
      "Wijkteam neemt contact op met de school",
    );

    await page.getByRole("button", { name: "Besluit vastleggen", exact: true }).click();
    await expect(page.getByLabel("Nieuw besluit")).toHaveValue("");
    page.once("dialog", (dialog) => {
      questions.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Overleg beëindigen" }).click();
    await expect.poll(() => questions.length).toBe(2);
    expect(questions[1]).not.toContain("niet is vastgelegd");
    expect(questions[1]).toContain("Demo casus B");
    await expect(page.getByRole("button", { name: "Overleg beëindigen" })).toHaveCount(0);
    await page
      .getByRole("button", { name: /Demo casus B/ })
      .first()
      .click();
    await expect(page.getByLabel("Samenvatting van de voorzitter")).toHaveValue(samenvatting);
  });

  test("a case closed while on a planned overleg is marked there, and Wijzigen keeps it without its guest", async ({
    signIn,
    baseURL,
  }) => {
    const { page } = await signIn("pr.jansen");
    // The follow-up planned above has Demo casus B with Noor Smit and the school's guest invited.
    const list = await page.request.get("/api/cases");
    const { cases } = (await list.json()) as { cases: { id: string; title: string }[] };
    const caseB = cases.find((c) => c.title === "Demo casus B")?.id ?? "";
    const decided = await page.request.post(`/api/cases/${caseB}/triage-besluit`, {
      headers: { origin: baseURL ?? "" },
      data: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
    });
    expect(decided.status()).toBe(200);

    await page.getByRole("link", { name: "Overleggen", exact: true }).click();
    await page.getByRole("link", { name: /^Vervolgoverleg: Demo casus B/ }).click();
    const agenda = page.getByRole("navigation", { name: "Agenda" });
    await expect(agenda.getByRole("listitem").filter({ hasText: "Demo casus B" })).toContainText(
      "Casus gesloten",
    );

    await page.getByRole("link", { name: "Wijzigen", exact: true }).click();
    const slot = page.locator("fieldset").filter({ has: page.locator("#agenda-0-case") });
    await expect(slot).toContainText("Deze casus is gesloten.");
    await expect(slot.getByRole("listitem")).toHaveText([/^Noor Smit/]);
    await expect(slot.getByRole("checkbox")).toHaveCount(0);
    await slot.getByLabel("Minuten").fill("15");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Vervolgoverleg/ })).toBeVisible();
    await expect(agenda).toContainText("15 min");
  });
});
