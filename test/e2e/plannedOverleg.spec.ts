/**
 * A planned overleg's page follows changes made elsewhere without a reload: the chair's
 * "Wijzigen" in another window (new title, time, agenda items, an added case) and a member taken
 * off the case team (gone from the slot's attendees; their own open room goes). An invitee taken
 * off a slot sees it go from their open room; a slot whose reload cannot reach the server stays.
 * A "Wijzigen" form open in another window keeps what its user typed; saving it then is refused,
 * still keeping it, until the chair loads the current plan. "Wijzigen" shows who is invited to a
 * general item and keeps them. The Overleggen list, which has no live document, loads again when
 * its user comes back to it.
 */
import type { Page, Request } from "@playwright/test";
import type { PlanningOptions } from "../../shared/api/meetings.js";
import { RETURN_REFRESH_GAP_MS } from "../../client/api/useRefreshOnReturn.js";
import { caseIdOf, expect, test } from "./casePageFixtures.js";

// This file changes overleggen and Demo casus A's team: a server and data of its own.
test.use({ serverName: "planned-overleg" });

const OVERLEG = "Wijkoverleg Duinrand";

/**
 * Plans an overleg far ahead through the API as the chair signed in on `page`: an opening (with
 * `openingGuestName` invited, if given), then Demo casus A with `inviteeName` invited. Returns
 * its id.
 */
async function planOverleg(
  page: Page,
  baseURL: string,
  inviteeName: string,
  openingGuestName?: string,
): Promise<string> {
  const options = await page.request.get("/api/meetings/planning-options");
  const { cases, people } = (await options.json()) as PlanningOptions;
  const caseA = cases.find((c) => c.title === "Demo casus A");
  const invitee = caseA?.participants.find((p) => p.displayName === inviteeName)?.userId;
  const guest = people.find((p) => p.displayName === openingGuestName)?.userId;
  const planned = await page.request.post("/api/meetings", {
    headers: { origin: baseURL },
    data: {
      title: OVERLEG,
      kind: "casusoverleg",
      date: "2031-06-10",
      time: "13:00",
      location: "ZVH Westerduin",
      agenda: [
        { title: "Opening", plannedMinutes: 5, invitees: guest ? [guest] : [] },
        { caseId: caseA?.id, plannedMinutes: 30, invitees: invitee ? [invitee] : [] },
      ],
    },
  });
  expect(planned.status()).toBe(201);
  const [id] = ((await planned.json()) as { ids: string[] }).ids;
  return id ?? "";
}

/** Marks the page, so the test can tell afterwards that it was not loaded again. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
}

/** Whether the page still holds the mark: it was not loaded again. */
function stillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

/** The agenda column of an overleg page. */
function agendaOf(page: Page) {
  return page.getByRole("navigation", { name: "Agenda" });
}

test.describe("a planned overleg's open page", () => {
  test("an invitee's page shows the chair's new title, time and agenda item without a reload", async ({
    signIn,
    baseURL,
  }) => {
    const chair = await signIn("pr.jansen");
    const devries = await signIn("dn.devries");
    const id = await planOverleg(chair.page, baseURL ?? "", "Daan de Vries");
    await devries.page.goto(`/overleggen/${id}`);
    await expect(devries.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
    await expect(agendaOf(devries.page)).toContainText("13:00");
    await markPage(devries.page);

    await chair.page.goto(`/overleggen/${id}/wijzigen`);
    await expect(chair.page.locator("#plan-title")).toHaveValue(OVERLEG);
    await chair.page.locator("#plan-title").fill(`${OVERLEG} (verzet)`);
    await chair.page.locator("#plan-time").fill("14:00");
    await chair.page.getByRole("button", { name: "Algemeen punt toevoegen" }).click();
    await chair.page.locator("#agenda-2-title").fill("Rondvraag");
    await chair.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(
      chair.page.getByRole("heading", { level: 1, name: `${OVERLEG} (verzet)` }),
    ).toBeVisible();

    await expect(
      devries.page.getByRole("heading", { level: 1, name: `${OVERLEG} (verzet)` }),
    ).toBeVisible();
    await expect(agendaOf(devries.page)).toContainText("Rondvraag");
    await expect(agendaOf(devries.page).locator("li").first()).toContainText("14:00");
    expect(await stillMarked(devries.page)).toBe(true);
  });

  test("the chair's other window shows an added case, and a Wijzigen form open there keeps its draft", async ({
    signIn,
    baseURL,
  }) => {
    const editor = await signIn("pr.jansen");
    const other = await signIn("pr.jansen");
    const id = await planOverleg(editor.page, baseURL ?? "", "Daan de Vries");
    const room = other.page;
    await room.goto(`/overleggen/${id}`);
    await expect(agendaOf(room)).toContainText("Opening");
    await markPage(room);
    const draft = await other.context.newPage();
    await draft.goto(`/overleggen/${id}/wijzigen`);
    await expect(draft.locator("#plan-title")).toHaveValue(OVERLEG);
    await draft.locator("#plan-title").fill("Nog niet opgeslagen titel");

    await editor.page.goto(`/overleggen/${id}/wijzigen`);
    await editor.page.getByRole("button", { name: "Casus toevoegen" }).click();
    await editor.page.locator("#agenda-2-case").selectOption({ label: "Demo casus C" });
    await editor.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(agendaOf(editor.page)).toContainText("Demo casus C");

    await expect(agendaOf(room)).toContainText("Demo casus C");
    expect(await stillMarked(room)).toBe(true);
    await expect(draft.locator("#plan-title")).toHaveValue("Nog niet opgeslagen titel");
  });

  test("a Wijzigen form open while the plan changed in another window is told at once, is refused when saved, keeps what was typed, and loads the current plan on request", async ({
    signIn,
    baseURL,
  }) => {
    const editor = await signIn("pr.jansen");
    const other = await signIn("pr.jansen");
    const id = await planOverleg(editor.page, baseURL ?? "", "Daan de Vries");
    const stale = other.page;
    await stale.goto(`/overleggen/${id}/wijzigen`);
    await expect(stale.locator("#plan-title")).toHaveValue(OVERLEG);
    await stale.locator("#plan-title").fill("Titel uit het tweede venster");

    await editor.page.goto(`/overleggen/${id}/wijzigen`);
    await expect(editor.page.locator("#plan-title")).toHaveValue(OVERLEG);
    await editor.page.locator("#plan-location").fill("Stadhuis, zaal 2");
    await editor.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(editor.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    // The stale window is told as soon as the plan changed, before it saves.
    await expect(
      stale.getByRole("alert").filter({ hasText: "Laad het opnieuw voordat u opslaat" }),
    ).toBeVisible();
    await stale.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(
      stale
        .getByRole("alert")
        .filter({ hasText: "Dit overleg is intussen gewijzigd, in een ander venster" }),
    ).toBeVisible();
    await expect(stale.locator("#plan-title")).toHaveValue("Titel uit het tweede venster");
    await expect(stale.locator("#plan-location")).toHaveValue("ZVH Westerduin");
    const stored = await stale.request.get(`/api/meetings/${id}`);
    expect(await stored.json()).toMatchObject({ title: OVERLEG, location: "Stadhuis, zaal 2" });

    await stale.getByRole("button", { name: "Opnieuw laden" }).click();
    await expect(stale.locator("#plan-location")).toHaveValue("Stadhuis, zaal 2");
    await expect(stale.locator("#plan-title")).toHaveValue(OVERLEG);
    await stale.locator("#plan-title").fill("Titel uit het tweede venster");
    await stale.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(
      stale.getByRole("heading", { level: 1, name: "Titel uit het tweede venster" }),
    ).toBeVisible();
  });

  test("Wijzigen shows who is invited to a general item and keeps them when saved", async ({
    signIn,
    baseURL,
  }) => {
    const chair = await signIn("pr.jansen");
    const smit = await signIn("dn.smit");
    const id = await planOverleg(chair.page, baseURL ?? "", "Daan de Vries", "Noor Smit");
    await smit.page.goto(`/overleggen/${id}`);
    await expect(agendaOf(smit.page)).toContainText("Opening");

    await chair.page.goto(`/overleggen/${id}/wijzigen`);
    const opening = chair.page
      .locator("fieldset")
      .filter({ has: chair.page.locator("#agenda-0-title") });
    await expect(opening.getByRole("checkbox", { name: /Noor Smit/ })).toBeChecked();
    await chair.page.locator("#plan-location").fill("Stadhuis");
    await chair.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    await smit.page.reload();
    await expect(smit.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();
    await expect(agendaOf(smit.page)).toContainText("Opening");
  });

  test("an invitee's open case slot stays on screen while loading it again cannot reach the server, and catches up by itself", async ({
    signIn,
    baseURL,
  }) => {
    const chair = await signIn("pr.jansen");
    const devries = await signIn("dn.devries");
    const id = await planOverleg(chair.page, baseURL ?? "", "Daan de Vries");
    await devries.page.goto(`/overleggen/${id}`);
    await agendaOf(devries.page)
      .getByRole("button", { name: /Demo casus A/ })
      .click();
    const slotHeading = devries.page.locator(".mt-slot-main h2");
    await expect(slotHeading).toHaveText("Demo casus A");
    await expect(devries.page.getByRole("tab", { name: "Triage" })).toBeVisible();

    // The chair's change makes the open slot load again, which cannot reach the server now.
    const slotApi = `**/api/meetings/${encodeURIComponent(id)}/slots/*`;
    await devries.page.route(slotApi, (route) => route.abort("connectionrefused"));
    await chair.page.goto(`/overleggen/${id}/wijzigen`);
    await chair.page.locator("#plan-location").fill("Stadhuis, zaal 3");
    await chair.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    const notice = devries.page
      .getByRole("status")
      .filter({ hasText: "De server is niet bereikbaar" });
    await expect(notice).toContainText(/U ziet wat het laatst is geladen/);
    await expect(slotHeading).toHaveText("Demo casus A");
    await expect(devries.page.getByRole("region", { name: "Aanwezigheid" })).toContainText(
      "Daan de Vries",
    );
    await expect(devries.page.getByRole("tab", { name: "Triage" })).toBeVisible();
    await expect(devries.page.getByRole("alert")).toHaveCount(0);

    await devries.page.unroute(slotApi);
    await expect(notice).toHaveCount(0, { timeout: 30_000 });
    await expect(slotHeading).toHaveText("Demo casus A");
  });

  test("an invitee taken off a case slot sees it go from their open room, and the rest of the room stays", async ({
    signIn,
    baseURL,
  }) => {
    const chair = await signIn("pr.jansen");
    const devries = await signIn("dn.devries");
    const id = await planOverleg(chair.page, baseURL ?? "", "Daan de Vries", "Daan de Vries");
    await devries.page.goto(`/overleggen/${id}`);
    await agendaOf(devries.page)
      .getByRole("button", { name: /Demo casus A/ })
      .click();
    await expect(devries.page.locator(".mt-slot-main h2")).toHaveText("Demo casus A");
    await expect(devries.page.getByRole("tab", { name: "Triage" })).toBeVisible();

    // The room's own refresh cannot reach the server: only the slot's document tells the page.
    const meetingApi = `**/api/meetings/${encodeURIComponent(id)}`;
    await devries.page.route(meetingApi, (route) => route.abort("connectionrefused"));
    await chair.page.goto(`/overleggen/${id}/wijzigen`);
    const slot = chair.page
      .locator("fieldset")
      .filter({ has: chair.page.locator("#agenda-1-case") });
    await slot.getByRole("checkbox", { name: /Daan de Vries/ }).uncheck();
    await chair.page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(chair.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    await expect(devries.page.getByRole("alert")).toContainText(
      "Dit agendapunt bestaat niet, of u bent er niet (meer) voor uitgenodigd.",
    );
    await expect(devries.page.locator(".mt-slot-main")).toHaveCount(0);
    await expect(devries.page.getByRole("tab", { name: "Triage" })).toHaveCount(0);
    await expect(devries.page.getByRole("heading", { level: 1, name: OVERLEG })).toBeVisible();

    // Once the room loads again, the slot is off its agenda; the opening stays.
    await devries.page.unroute(meetingApi);
    await expect(agendaOf(devries.page)).not.toContainText("Demo casus A", { timeout: 30_000 });
    await expect(agendaOf(devries.page)).toContainText("Opening");
  });

  test("the chair's page drops a member taken off the case team from the slot's attendees, and the member's open room goes", async ({
    signIn,
  }) => {
    const room = (await signIn("pr.jansen")).page;
    const team = (await signIn("pr.jansen")).page;
    // The demo overleg is planned from the current hour; nothing on this server starts it.
    await room.goto("/overleggen");
    await room.getByRole("link", { name: "Casusoverleg Westerduin" }).click();
    await agendaOf(room)
      .getByRole("button", { name: /Demo casus A/ })
      .click();
    const attendance = room.getByRole("region", { name: "Aanwezigheid" });
    await expect(attendance).toContainText("Daan de Vries");
    await expect(attendance).toContainText("Carlos Bakker");
    await markPage(room);
    const devries = (await signIn("dn.devries")).page;
    await devries.goto("/overleggen");
    await devries.getByRole("link", { name: "Casusoverleg Westerduin" }).click();
    await agendaOf(devries)
      .getByRole("button", { name: /Demo casus A/ })
      .click();
    await expect(devries.locator(".mt-slot-main h2")).toHaveText("Demo casus A");

    const caseId = await caseIdOf(team, "Demo casus A");
    await team.goto(`/casussen/${encodeURIComponent(caseId)}`);
    team.once("dialog", (dialog) => void dialog.accept());
    await team
      .getByRole("region", { name: "Casusteam" })
      .getByRole("button", { name: "Verwijderen (Daan de Vries)" })
      .click();
    await expect(
      team
        .getByRole("status")
        .filter({ hasText: "Daan de Vries is uit het casusteam verwijderd." }),
    ).toBeVisible();

    await expect(attendance).not.toContainText("Daan de Vries");
    await expect(attendance).toContainText("Carlos Bakker");
    expect(await stillMarked(room)).toBe(true);
    // The member's open room goes: invited to nothing else, the overleg is no longer theirs to see.
    await expect(devries.getByRole("alert")).toContainText(
      "u bent er niet (meer) voor uitgenodigd",
    );
    await expect(devries.locator(".mt-slot-main")).toHaveCount(0);
    await expect(devries.getByRole("tab", { name: "Triage" })).toHaveCount(0);
  });
});

/** What the browser tells a page when its user comes back: the tab shown again, the window focused. */
async function comeBackTo(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.dispatchEvent(new Event("visibilitychange"));
    window.dispatchEvent(new Event("focus"));
  });
}

test.describe("the Overleggen list", () => {
  test("an invitee who comes back to the list sees an overleg planned meanwhile, loaded once however often they return", async ({
    signIn,
    baseURL,
  }) => {
    const chair = await signIn("pr.jansen");
    const devries = await signIn("dn.devries");
    const list = devries.page;
    await list.clock.install();
    const isListLoad = (request: Request): boolean =>
      request.method() === "GET" && new URL(request.url()).pathname === "/api/meetings";
    const firstLoad = list.waitForResponse((response) => isListLoad(response.request()));
    await list.goto("/overleggen");
    await firstLoad;
    await expect(list.getByRole("heading", { level: 1, name: "Overleggen" })).toBeVisible();
    await markPage(list);
    let listLoads = 0;
    list.on("request", (request) => {
      if (isListLoad(request)) listLoads++;
    });

    // Invited to the opening: another test in this file takes them off Demo casus A's team.
    const id = await planOverleg(chair.page, baseURL ?? "", "Daan de Vries", "Daan de Vries");
    const planned = list.locator(`a[href="/overleggen/${id}"]`);
    // Back too soon after the list loaded: no load yet.
    await comeBackTo(list);
    await list.clock.fastForward(RETURN_REFRESH_GAP_MS);
    await comeBackTo(list);
    await comeBackTo(list);

    await expect(planned).toHaveText(OVERLEG);
    expect(listLoads).toBe(1);
    expect(await stillMarked(list)).toBe(true);
  });
});
