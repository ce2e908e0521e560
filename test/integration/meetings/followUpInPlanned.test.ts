/**
 * A case's follow-up on an overleg already planned: the chair is offered their later planned
 * overleggen that do not hold the case yet, and putting the case on one adds it as a slot (after its
 * last case, with the slot's invitees), counts and announces its plan revision, carries the open
 * actions over and is audited; an overleg that holds the case, has started, is unknown, that
 * another procesregisseur chairs or whose title names one of its cases is refused, and so is anyone
 * but the chair.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingView, SlotCaseView } from "../../../shared/api/meetings.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { readMeeting } from "../../../shared/docs/meetingDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { pollUntil } from "../../support/eventually.js";
import { caseIdByTitle, eventually, Sockets } from "../../support/sessionClient.js";
import { createAccount, NEW_PASSWORD } from "../accounts/accountSupport.js";
import { addBakkerAction, demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** Plans an overleg on `date` with an opening, `caseId`'s slot (if given) and a rondvraag. */
async function planOverleg(
  date: string,
  title: string,
  caseId?: string,
  caseMinutes = 30,
): Promise<string> {
  const res = await server.api("/api/meetings", {
    cookie: chair,
    body: {
      title,
      kind: "casusoverleg",
      date,
      time: "13:00",
      location: "ZVH Westerduin",
      agenda: [
        { title: "Opening", plannedMinutes: 5, invitees: [] },
        ...(caseId ? [{ caseId, plannedMinutes: caseMinutes, invitees: [] }] : []),
        { title: "Rondvraag", plannedMinutes: 10, invitees: [] },
      ],
    },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { ids: string[] }).ids[0] ?? "";
}

async function slotView(cookie: string, meetingId: string, slotId: string): Promise<SlotCaseView> {
  const res = await server.api(`/api/meetings/${meetingId}/slots/${slotId}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as SlotCaseView;
}

async function meetingView(cookie: string, id: string): Promise<MeetingView> {
  return (await (await server.api(`/api/meetings/${id}`, { cookie })).json()) as MeetingView;
}

function followUp(cookie: string, body: unknown) {
  return server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`, {
    cookie,
    body,
  });
}

describe("a follow-up on an overleg already planned", () => {
  it("offers the chair their later planned overleggen without the case, soonest first, and nobody else any", async () => {
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const february = await planOverleg("2030-02-05", "Februari", caseC);
    const january = await planOverleg("2030-01-08", "Januari");
    await planOverleg("2030-01-15", "Heeft A al", overleg.caseA);

    const view = await slotView(chair, overleg.id, overleg.slotA);
    expect(view.followUpOptions.map((o) => o.meetingId)).toEqual([january, february]);
    expect(view.followUpOptions[0]).toMatchObject({
      title: "Januari",
      startsAt: "2030-01-08T12:00:00.000Z",
    });
    const bakker = await server.login("cr.bakker");
    expect((await slotView(bakker, overleg.id, overleg.slotA)).followUpOptions).toEqual([]);
  });

  it("adds the case after the overleg's last case with the slot's invitees, carries the open actions over and announces the plan", async () => {
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const target = await planOverleg("2030-02-05", "Februari", caseC);
    const before = await meetingView(chair, target);
    const screen = sockets.open(chair, `meeting/${target}`);
    await eventually(() => screen.provider.synced, "synced");

    const res = await followUp(chair, { meetingId: target, plannedMinutes: 20 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: target });

    const after = await meetingView(chair, target);
    expect(after.agenda.map((s) => s.title)).toEqual([
      "Opening",
      "Demo casus C",
      "Demo casus A",
      "Rondvraag",
    ]);
    const added = after.agenda[2];
    expect(added).toMatchObject({ caseId: overleg.caseA, plannedMinutes: 20 });
    expect(after.planRevision).toBe(before.planRevision + 1);
    expect(Date.parse(after.endsAt) - Date.parse(before.endsAt)).toBe(20 * 60_000);
    await eventually(
      () => readMeeting(screen.doc).value.planRevision === after.planRevision,
      "the new plan is announced to open pages",
    );

    // An open action in the case's plan heads both slots.
    await addBakkerAction(server, sockets, chair, overleg.caseA, {
      id: "act_vervolg",
      text: "Huisbezoek afleggen",
    });
    const original = await pollUntil(
      () => slotView(chair, overleg.id, overleg.slotA),
      (view) => view.openActions.length === 1,
      "the action is in the plan",
    );
    const carried = await slotView(chair, target, added?.id ?? "");
    expect(carried.attendees.map((p) => p.displayName)).toEqual(
      original.attendees.map((p) => p.displayName),
    );
    expect(carried.openActions).toEqual(original.openActions);
    // An invitee of the slot finds the case on the overleg.
    const devries = await server.login("dn.devries");
    expect((await meetingView(devries, target)).agenda.map((s) => s.title)).toContain(
      "Demo casus A",
    );

    const audit = (await (
      await server.api("/api/audit", { cookie: await server.login("beheer") })
    ).json()) as { entries: AuditEntry[] };
    expect(
      audit.entries.some(
        (e) =>
          e.action === "meeting.update" &&
          e.targetId === target &&
          e.caseId === overleg.caseA &&
          e.detail?.followUp === true,
      ),
    ).toBe(true);
    // Once on it, the overleg is no longer offered.
    expect((await slotView(chair, overleg.id, overleg.slotA)).followUpOptions).toEqual([]);
  });

  it("puts the case before the closing item of an agenda of general items only", async () => {
    const target = await planOverleg("2030-01-08", "Januari");
    expect((await followUp(chair, { meetingId: target })).status).toBe(200);
    const after = await meetingView(chair, target);
    expect(after.agenda.map((s) => [s.title, s.plannedMinutes])).toEqual([
      ["Opening", 5],
      ["Demo casus A", 30],
      ["Rondvraag", 10],
    ]);
  });

  it("gives the follow-up as many minutes as the case had, unless the chair gives other minutes", async () => {
    const source = await planOverleg("2030-01-08", "Januari", overleg.caseA, 45);
    const slot = (await meetingView(chair, source)).agenda.find((s) => s.caseId === overleg.caseA);
    const fromSource = (body: unknown) =>
      server.api(`/api/meetings/${source}/slots/${slot?.id ?? ""}/follow-up`, {
        cookie: chair,
        body,
      });
    const planned = await planOverleg("2030-02-05", "Februari");
    expect((await fromSource({ meetingId: planned })).status).toBe(200);
    const onPlanned = (await meetingView(chair, planned)).agenda;
    expect(onPlanned.find((s) => s.caseId === overleg.caseA)?.plannedMinutes).toBe(45);

    const created = await fromSource({ date: "2030-03-05", time: "13:00" });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await meetingView(chair, id)).agenda[0]?.plannedMinutes).toBe(45);

    const given = await fromSource({ date: "2030-04-05", time: "13:00", plannedMinutes: 15 });
    const { id: shorter } = (await given.json()) as { id: string };
    expect((await meetingView(chair, shorter)).agenda[0]?.plannedMinutes).toBe(15);
  });

  it("refuses an overleg that holds the case already, one that started, an unknown one, and anyone but the chair", async () => {
    const holding = await planOverleg("2030-01-15", "Heeft A al", overleg.caseA);
    const taken = await followUp(chair, { meetingId: holding });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("Deze casus staat al op dat overleg.");

    const started = await planOverleg("2030-03-05", "Gestart");
    await server.api(`/api/meetings/${started}/start`, { cookie: chair, body: {} });
    expect((await followUp(chair, { meetingId: started })).status).toBe(409);
    expect((await followUp(chair, { meetingId: overleg.id })).status).toBe(409);
    expect((await followUp(chair, { meetingId: "meet_onbekend" })).status).toBe(404);

    const bakker = await server.login("cr.bakker");
    const open = await planOverleg("2030-04-05", "April");
    expect((await followUp(bakker, { meetingId: open })).status).toBe(403);
    expect((await meetingView(chair, open)).agenda.map((s) => s.title)).toEqual([
      "Opening",
      "Rondvraag",
    ]);
  });

  it("neither offers nor takes an overleg another procesregisseur chairs", async () => {
    const created = await createAccount(server, await server.login("beheer"), {
      username: "pr.tweede",
      displayName: "Priya Tweede",
      role: "procesregisseur",
    });
    expect(created.regio).toBe(server.store.users.findByUsername("pr.jansen")?.regio);
    const tweede = await server.login("pr.tweede", NEW_PASSWORD);
    const res = await server.api("/api/meetings", {
      cookie: tweede,
      body: {
        title: "Overleg van een collega",
        kind: "casusoverleg",
        date: "2030-01-08",
        time: "13:00",
        location: "ZVH Westerduin",
        agenda: [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
      },
    });
    expect(res.status).toBe(201);
    const theirs = ((await res.json()) as { ids: string[] }).ids[0] ?? "";
    const mine = await planOverleg("2030-01-15", "Mijn overleg");

    const view = await slotView(chair, overleg.id, overleg.slotA);
    expect(view.followUpOptions.map((o) => o.meetingId)).toEqual([mine]);
    // Not invited to it, the chair does not see it: the same 404 as an unknown overleg.
    expect((await followUp(chair, { meetingId: theirs })).status).toBe(404);
    expect((await meetingView(tweede, theirs)).agenda.map((s) => s.title)).toEqual(["Opening"]);
  });

  it("neither offers nor takes an overleg whose title names one of its cases, whose invitees would read it", async () => {
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const named = await planOverleg("2030-01-08", "Vervolgoverleg: Demo casus C", caseC);
    const view = await slotView(chair, overleg.id, overleg.slotA);
    expect(view.followUpOptions.map((o) => o.meetingId)).not.toContain(named);

    const res = await followUp(chair, { meetingId: named });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("De titel van dat overleg noemt een andere casus");
    expect((await meetingView(chair, named)).agenda.map((s) => s.title)).not.toContain(
      "Demo casus A",
    );
  });

  it("asks for a date and time, or an overleg, in Dutch", async () => {
    const res = await followUp(chair, { plannedMinutes: 20 });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Vul een datum en tijd in, of kies een gepland overleg.");
  });
});
