/**
 * Progress notes (voortgang) in the real browser against the real server: the municipality's
 * partner records in Mijn acties how her overdue action stands, and the casusregisseur reads it with
 * the case's actions (also a note written after his list loaded); the chair of an overleg reads the
 * latest note with each open action and adds what the table says, sees a note written elsewhere
 * arrive without loading the page, keeps a note being typed when its action is closed at a desk,
 * and has the slot loaded again once the server is back after a restart, or once its document is
 * in touch after losing its first connection before it synced.
 */
import type { Page } from "@playwright/test";
import { wallTimeOf } from "../../shared/domain/regionTime.js";
import { caseIdOf, expect, signedInPage, test } from "./casePageFixtures.js";
import { shownItem } from "./meetingRoom.js";

const INTAKE = "Intake dagbesteding plannen";
const NOTE = "Nieuwe intake op 2 december; betrokkene heeft toegezegd te komen.";

// This file adds notes to Demo casus C's plan and restarts its server: it gets one of its own.
test.use({ serverName: "actionProgress" });

/**
 * Plans, as the signed-in chair, an overleg with Demo casus C beginning now, opens and starts it;
 * Demo casus C is then on screen.
 */
async function startOverlegWithCaseC(page: Page): Promise<void> {
  const caseId = await caseIdOf(page, "Demo casus C");
  const { date, time } = wallTimeOf(new Date());
  const meetingId = await page.evaluate(
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
  await page.goto(`/overleggen/${meetingId}`);
  await page.getByRole("button", { name: "Overleg starten" }).click();
  await expect(shownItem(page)).toHaveText("Demo casus C");
}

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

  // A note written while his list is open is there when he opens the row again, and the row's
  // count follows.
  await hisRow.getByRole("button", { name: "Voortgang en toelichting (3)" }).click();
  const actionId = (await hisRow.getAttribute("data-action-id")) ?? "";
  const status = await smit.page.evaluate(
    async ({ id, voortgang }) =>
      (
        await fetch(`/api/actions/${encodeURIComponent(id)}/voortgang`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ voortgang }),
        })
      ).status,
    { id: actionId, voortgang: "Intake staat, 9 december." },
  );
  expect(status).toBe(201);
  await hisRow.getByRole("button", { name: "Voortgang en toelichting (3)" }).click();
  await expect(hisNotes.getByRole("listitem").first()).toContainText("Intake staat, 9 december.");
  await expect(hisRow.getByRole("button", { name: "Voortgang en toelichting (4)" })).toBeVisible();

  await bakker.context.close();
  await smit.context.close();
});

test("pr.jansen chairing an overleg reads the latest progress of Demo casus C's open actions, adds to it and sees dn.smit's note arrive", async ({
  browser,
  baseURL,
}) => {
  const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  await startOverlegWithCaseC(chair.page);

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

  // The chair is typing the next note when dn.smit marks the action done at her desk: it stays on
  // the chair's screen, saying so, with what is typed, until the chair closes the form.
  const field = intake.getByRole("textbox", { name: /Voortgang toevoegen/ });
  await field.fill("Afgesproken: evaluatie over zes weken.");
  const actionId = (await row.getAttribute("data-action-id")) ?? "";
  const done = await smit.page.evaluate(
    async (id) =>
      (
        await fetch(`/api/actions/${encodeURIComponent(id)}`, {
          method: "PATCH",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ status: "afgerond" }),
        })
      ).status,
    actionId,
  );
  expect(done).toBe(200);
  await expect(intake).toContainText("Deze actie staat niet meer open");
  await expect(field).toHaveValue("Afgesproken: evaluatie over zes weken.");
  await intake.getByRole("button", { name: "Toevoegen", exact: true }).click();
  await expect(intake.getByRole("status").last()).toHaveText("Voortgang toegevoegd.");
  await intake.getByRole("button", { name: `Voortgang toevoegen bij: ${INTAKE}` }).click();
  await expect(intake).toHaveCount(0);

  await smit.context.close();
  await chair.context.close();
});

test("the chair's open slot loads again once the server is back after a restart, so nothing announced meanwhile is missed", async ({
  browser,
  baseURL,
  server,
}) => {
  const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  await startOverlegWithCaseC(chair.page);
  const slotLoads: string[] = [];
  chair.page.on("request", (request) => {
    if (/\/api\/meetings\/[^/]+\/slots\/[^/]+$/.test(new URL(request.url()).pathname)) {
      slotLoads.push(request.url());
    }
  });
  await server.stop();
  await server.start();
  await expect.poll(() => slotLoads.length, { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(
    chair.page.getByRole("region", { name: "Openstaande acties uit het plan van aanpak" }),
  ).toBeVisible();
  await chair.context.close();
});

test("a slot whose document lost its first connection before it synced loads again once it is in touch", async ({
  browser,
  baseURL,
}) => {
  const chair = await signedInPage(browser, baseURL ?? "", "pr.jansen");
  // The first socket of the slot's document is dropped before it syncs, as a network drop would;
  // the others (and every later one) go through to the server as they are. Which document is the
  // slot's is known once the slot has loaded, so until then the first sockets wait.
  const opened = new Set<string>();
  let slotDropped = false;
  let decide: (slotId: string) => void = () => undefined;
  const slotIdKnown = new Promise<string>((done) => (decide = done));
  await chair.page.routeWebSocket(/\/collab\/meeting\//, async (socket) => {
    const docName = decodeURIComponent(new URL(socket.url()).pathname);
    if (opened.has(docName)) {
      socket.connectToServer();
      return;
    }
    opened.add(docName);
    if (!docName.endsWith(`/${await slotIdKnown}`)) {
      socket.connectToServer();
      return;
    }
    await socket.close({ code: 1011, reason: "dropped" });
    slotDropped = true;
  });
  const slotLoads: string[] = [];
  chair.page.on("request", (request) => {
    if (/\/api\/meetings\/[^/]+\/slots\/[^/]+$/.test(new URL(request.url()).pathname)) {
      slotLoads.push(request.url());
    }
  });
  await startOverlegWithCaseC(chair.page);
  await expect(
    chair.page.getByRole("region", { name: "Openstaande acties uit het plan van aanpak" }),
  ).toBeVisible();
  const loadsBefore = slotLoads.length;
  const slotId = decodeURIComponent(
    new URL(slotLoads.at(-1) ?? "http://x/").pathname.split("/").at(-1) ?? "",
  );
  decide(slotId);
  await expect.poll(() => slotDropped).toBe(true);
  await expect.poll(() => slotLoads.length, { timeout: 30_000 }).toBeGreaterThan(loadsBefore);
  await chair.context.close();
});
