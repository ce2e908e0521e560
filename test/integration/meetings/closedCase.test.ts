/**
 * A closed case and the overleggen it is still on. Closing (by the chair from an overleg, or by a
 * triage advies) takes its guests off the case's slots in every overleg not started yet, audited
 * and announced; its standing partners stay invited. A guest's access ends with the case, on every
 * path (overleg slot, case detail, websocket), except in the overleg that closed it, until that one
 * ends. The chair's "Wijzigen" keeps a closed case's slot (marked closed) without new invitees, or
 * takes it off; a closed case gets no follow-up overleg.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  AFSCHALING_CRITERIA,
  type MeetingChange,
  type MeetingView,
} from "../../../shared/api/meetings.js";
import { readMeeting } from "../../../shared/docs/meetingDoc.js";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { draftOf, toChange } from "../../../client/meetings/planDraft.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import {
  demoOverleg,
  inviteesOf,
  meetingAs,
  planWithInvitees,
  type DemoOverleg,
  type PlannedOverleg,
} from "./meetingSupport.js";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

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

/** The user id of a demo account. */
const idOf = (username: string) => demoUser(server, username).id;

/** The overleg as the chair sees it. */
const chairView = (id: string) => meetingAs(server, chair, id);

/** The user ids the chair sees invited to the slot. */
const invitedTo = (meetingId: string, slotId: string) =>
  inviteesOf(server, chair, meetingId, slotId);

/** Starts the overleg as the chair. */
async function start(meetingId: string): Promise<void> {
  const res = await server.api(`/api/meetings/${meetingId}/start`, { cookie: chair, body: {} });
  expect(res.status).toBe(200);
}

/** Closes Demo casus A from a started overleg: afschaling with every criterion met, then gesloten. */
async function closeCaseA(at: PlannedOverleg = { id: overleg.id, slotId: overleg.slotA }) {
  const phase = (body: object) =>
    server.api(`/api/meetings/${at.id}/slots/${at.slotId}/phase`, { cookie: chair, body });
  const afschaling = await phase({
    to: "afschaling",
    criteriaMet: [...AFSCHALING_CRITERIA],
    handedBackTo: "Sociaal wijkteam Westerduin",
  });
  expect(afschaling.status).toBe(200);
  expect((await phase({ to: "gesloten" })).status).toBe(200);
}

/** The message of an error answer. */
async function messageOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { message: string } }).error.message;
}

/** Plans Demo casus A in an overleg two days ahead, with `invitees` on its slot. */
const planCaseALater = (invitees: string[]) =>
  planWithInvitees(server, chair, overleg.caseA, new Date(Date.now() + 2 * DAY), invitees);

/** Signs the overleg's verklaring as the user behind `cookie`. */
async function sign(meetingId: string, cookie: string): Promise<void> {
  const res = await server.api(`/api/meetings/${meetingId}/verklaring`, {
    cookie,
    body: { akkoord: true },
  });
  expect(res.status).toBe(200);
}

describe("closing a case", () => {
  it("takes its guests off its slots in the overleggen not started yet, and keeps its standing partners", async () => {
    const later = await planCaseALater([idOf("dn.devries"), idOf("in.school"), idOf("cr.bakker")]);
    const live = sockets.open(chair, `meeting/${later.id}`);
    await eventually(() => live.provider.synced, "synced");
    const before = (await chairView(later.id)).planRevision;
    await start(overleg.id);

    await closeCaseA();

    expect(await invitedTo(later.id, later.slotId)).toEqual([
      idOf("dn.devries"),
      idOf("cr.bakker"),
    ]);
    const after = (await chairView(later.id)).planRevision;
    expect(after).toBeGreaterThan(before);
    await eventually(
      () => readMeeting(live.doc).value.planRevision === after,
      "the new plan announced",
    );
    const school = await server.login("in.school");
    expect((await server.api(`/api/meetings/${later.id}`, { cookie: school })).status).toBe(404);
  });

  it("announces a new plan of the running overleg that closed it and of a planned one with standing partners only, whose agendas now mark it closed", async () => {
    const later = await planCaseALater([idOf("dn.devries")]);
    await start(overleg.id);
    const running = sockets.open(chair, `meeting/${overleg.id}`);
    const planned = sockets.open(chair, `meeting/${later.id}`);
    await eventually(() => running.provider.synced && planned.provider.synced, "synced");
    const before = {
      running: (await chairView(overleg.id)).planRevision,
      planned: (await chairView(later.id)).planRevision,
    };

    await closeCaseA();

    const runningView = await chairView(overleg.id);
    const plannedView = await chairView(later.id);
    expect(runningView.planRevision).toBe(before.running + 1);
    expect(plannedView.planRevision).toBe(before.planned + 1);
    expect(runningView.agenda.find((s) => s.id === overleg.slotA)?.caseClosed).toBe(true);
    expect(plannedView.agenda.find((s) => s.id === later.slotId)?.caseClosed).toBe(true);
    // Nobody was taken off: the standing partner stays invited.
    expect(await invitedTo(later.id, later.slotId)).toEqual([idOf("dn.devries")]);
    await eventually(
      () =>
        readMeeting(running.doc).value.planRevision === runningView.planRevision &&
        readMeeting(planned.doc).value.planRevision === plannedView.planRevision,
      "both new plans announced",
    );
  });

  it("audits each guest taken off as a meeting.update naming the case, by ids only", async () => {
    const later = await planCaseALater([idOf("in.school")]);
    await start(overleg.id);

    await closeCaseA();

    const res = await server.api(`/api/audit?caseId=${overleg.caseA}`, {
      cookie: await server.login("beheer"),
    });
    const { entries } = (await res.json()) as { entries: AuditEntry[] };
    const withdrawn = entries.filter((e) => e.action === "meeting.update" && e.detail?.closed);
    expect(withdrawn).toEqual([
      expect.objectContaining({
        outcome: "allowed",
        caseId: overleg.caseA,
        targetId: later.id,
        detail: { closed: true, uninvited: idOf("in.school"), slots: 1 },
      }),
    ]);
    expect(JSON.stringify(withdrawn)).not.toContain("Demo casus A");
  });

  it("by a triage advies also takes the guests off the case's slot in a planned overleg", async () => {
    // The demo overleg, within the hour, has in.school (incidental in Demo casus B) at casus B.
    expect(await invitedTo(overleg.id, overleg.slotB)).toContain(idOf("in.school"));

    const res = await server.api(`/api/cases/${overleg.caseB}/triage-besluit`, {
      cookie: chair,
      body: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
    });
    expect(res.status).toBe(200);

    expect(await invitedTo(overleg.id, overleg.slotB)).toEqual([idOf("dn.smit")]);
  });

  it("by a triage advies also marks it closed on the agenda of an overleg with standing partners only, announced", async () => {
    const later = await planWithInvitees(
      server,
      chair,
      overleg.caseB,
      new Date(Date.now() + 2 * DAY),
      [idOf("dn.smit")],
    );
    const live = sockets.open(chair, `meeting/${later.id}`);
    await eventually(() => live.provider.synced, "synced");
    const before = (await chairView(later.id)).planRevision;

    const res = await server.api(`/api/cases/${overleg.caseB}/triage-besluit`, {
      cookie: chair,
      body: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
    });
    expect(res.status).toBe(200);

    const after = await chairView(later.id);
    expect(after.planRevision).toBe(before + 1);
    expect(after.agenda.find((s) => s.id === later.slotId)?.caseClosed).toBe(true);
    await eventually(
      () => readMeeting(live.doc).value.planRevision === after.planRevision,
      "the new plan announced",
    );
  });

  it("leaves a guest of the overleg that closed it the case until that overleg ends", async () => {
    const here = await planWithInvitees(server, chair, overleg.caseA, new Date(), [
      idOf("in.school"),
    ]);
    const school = await server.login("in.school");
    await sign(here.id, school);
    await start(here.id);

    await closeCaseA(here);

    const slot = await server.api(`/api/meetings/${here.id}/slots/${here.slotId}`, {
      cookie: school,
    });
    expect(slot.status).toBe(200);
    expect((await server.api(`/api/cases/${overleg.caseA}`, { cookie: school })).status).toBe(200);
    const plan = sockets.open(school, `case/${overleg.caseA}/plan`);
    await eventually(() => plan.provider.synced, "the plan still opens");

    const end = await server.api(`/api/meetings/${here.id}/end`, { cookie: chair, body: {} });
    expect(end.status).toBe(200);
    await eventually(() => plan.closeCodes.includes(CloseCode.Forbidden), "closed at the end");
  });

  it("ends a guest's access through another running overleg at once, on every path", async () => {
    // A running overleg keeps its invitees, so the guest is still on it: the policy holds them off.
    const other = await planWithInvitees(server, chair, overleg.caseA, new Date(), [
      idOf("in.school"),
    ]);
    const school = await server.login("in.school");
    await sign(other.id, school);
    await start(other.id);
    const plan = sockets.open(school, `case/${overleg.caseA}/plan`);
    const slotDoc = sockets.open(school, `meeting/${other.slotId}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");
    await start(overleg.id);

    await closeCaseA();

    await eventually(
      () =>
        plan.closeCodes.includes(CloseCode.Forbidden) &&
        slotDoc.closeCodes.includes(CloseCode.Forbidden),
      "the guest's sockets closed",
    );
    const slot = await server.api(`/api/meetings/${other.id}/slots/${other.slotId}`, {
      cookie: school,
    });
    expect(slot.status).toBe(403);
    expect(await messageOf(slot)).toContain("gesloten");
    expect((await server.api(`/api/cases/${overleg.caseA}`, { cookie: school })).status).toBe(404);
    const view = (await (
      await server.api(`/api/meetings/${other.id}`, { cookie: school })
    ).json()) as MeetingView;
    expect(view.agenda[0]).toMatchObject({ cleared: false, caseId: null, invitees: null });
    // The standing partners of the running overleg still read the closed case.
    const bakker = await server.login("cr.bakker");
    expect((await server.api(`/api/cases/${overleg.caseA}`, { cookie: bakker })).status).toBe(200);
  });

  it("refuses a follow-up overleg for it", async () => {
    await start(overleg.id);
    await closeCaseA();

    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`, {
      cookie: chair,
      body: { date: "2030-02-05", time: "13:00", plannedMinutes: 20 },
    });
    expect(res.status).toBe(409);
    expect(await messageOf(res)).toContain("gesloten");
  });
});

describe("a closed case on a planned agenda", () => {
  /** Plans an overleg in two days with a general item and then Demo casus A, and closes the case. */
  async function plannedThenClosed(): Promise<PlannedOverleg> {
    const later = await planWithInvitees(
      server,
      chair,
      overleg.caseA,
      new Date(Date.now() + 2 * DAY),
      [idOf("dn.devries")],
      { before: [{ title: "Mededelingen", plannedMinutes: 10, invitees: [] }] },
    );
    await start(overleg.id);
    await closeCaseA();
    return later;
  }

  /** The change the "Wijzigen" form sends when saved as loaded. */
  async function savedAsLoaded(id: string): Promise<MeetingChange> {
    const m = await chairView(id);
    return toChange(draftOf(m) ?? expect.fail("the chair gets the form"), m.planRevision);
  }

  const patch = (id: string, body: MeetingChange) =>
    server.api(`/api/meetings/${id}`, { method: "PATCH", cookie: chair, body });

  it("is marked closed for the chair and its standing partners", async () => {
    const later = await plannedThenClosed();

    const slot = (await chairView(later.id)).agenda.find((s) => s.id === later.slotId);
    expect(slot).toMatchObject({ caseClosed: true, cleared: true });
    const devries = await server.login("dn.devries");
    const theirs = (await (
      await server.api(`/api/meetings/${later.id}`, { cookie: devries })
    ).json()) as MeetingView;
    expect(theirs.agenda.find((s) => s.id === later.slotId)?.caseClosed).toBe(true);
    const general = (await chairView(later.id)).agenda.find((s) => s.general);
    expect(general?.caseClosed).toBe(false);
  });

  it("stays when the chair saves Wijzigen as loaded, with its invitees and new minutes", async () => {
    const later = await plannedThenClosed();
    const change = await savedAsLoaded(later.id);
    const slot = change.agenda.find((s) => s.id === later.slotId);
    if (slot) slot.plannedMinutes = 15;

    const res = await patch(later.id, change);

    expect(res.status).toBe(200);
    const kept = (await chairView(later.id)).agenda.find((s) => s.id === later.slotId);
    expect(kept).toMatchObject({ caseClosed: true, plannedMinutes: 15 });
    expect(kept?.invitees?.map((p) => p.userId)).toEqual([idOf("dn.devries")]);
  });

  it("gets no one new invited, whoever it is", async () => {
    const later = await plannedThenClosed();
    const change = await savedAsLoaded(later.id);
    const slot = change.agenda.find((s) => s.id === later.slotId);
    slot?.invitees.push(idOf("cr.bakker"));

    const res = await patch(later.id, change);

    expect(res.status).toBe(400);
    const message = await messageOf(res);
    expect(message).toContain("Agendapunt 2: uitgenodigd");
    expect(message).toContain("gesloten");
    expect(await invitedTo(later.id, later.slotId)).toEqual([idOf("dn.devries")]);
  });

  it("goes when the chair leaves it out", async () => {
    const later = await plannedThenClosed();
    const change = await savedAsLoaded(later.id);

    const res = await patch(later.id, {
      ...change,
      agenda: change.agenda.filter((s) => s.id !== later.slotId),
    });

    expect(res.status).toBe(200);
    expect((await chairView(later.id)).agenda.map((s) => s.title)).toEqual(["Mededelingen"]);
  });

  it("cannot be planned anew", async () => {
    await start(overleg.id);
    await closeCaseA();
    const { date, time } = wallTimeOf(new Date(Date.now() + 3 * DAY));

    const res = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        title: "Casusoverleg",
        kind: "casusoverleg",
        date,
        time,
        agenda: [{ caseId: overleg.caseA, plannedMinutes: 30, invitees: [] }],
      },
    });

    expect(res.status).toBe(400);
  });
});
