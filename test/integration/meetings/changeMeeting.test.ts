/**
 * Changing a planned overleg (`PATCH /api/meetings/:id`): its facts and its agenda change, slots
 * keep their ids, and whoever is taken off a slot loses what that invitation opened, over HTTP and
 * over the websocket; each change is announced in the overleg's live document. The "Wijzigen" form
 * (the client's draft, saved unchanged) keeps every slot's invitees, general items' too. Only its
 * chair changes it, only while it is planned, and only on the plan revision it was made on.
 */
import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AgendaSlotChange, MeetingChange, MeetingView } from "../../../shared/api/meetings.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { draftOf, toChange } from "../../../client/meetings/planDraft.js";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import { addBesluit, readMeeting } from "../../../shared/docs/meetingDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import {
  demoOverleg,
  planWithInvitees,
  planWithSchool,
  type DemoOverleg,
} from "./meetingSupport.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
let caseC: string;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  caseC = await caseIdByTitle(server, chair, "Demo casus C");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The overleg as the chair sees it. */
async function view(id: string, cookie = chair): Promise<MeetingView> {
  return (await (await server.api(`/api/meetings/${id}`, { cookie })).json()) as MeetingView;
}

/** The change that leaves the overleg as it is, built from the chair's view. */
async function unchanged(id: string): Promise<MeetingChange> {
  const m = await view(id);
  const { date, time } = wallTimeOf(new Date(m.startsAt));
  return {
    title: m.title,
    kind: m.kind,
    date,
    time,
    location: m.location ?? "",
    videoLink: m.videoLink ?? "",
    agenda: m.agenda.map((s): AgendaSlotChange => ({
      id: s.id,
      plannedMinutes: s.plannedMinutes,
      invitees: (s.invitees ?? []).map((p) => p.userId),
    })),
  };
}

/** Sends the change as the given user. */
function patch(id: string, body: unknown, cookie = chair): Promise<Response> {
  return server.api(`/api/meetings/${id}`, { method: "PATCH", cookie, body });
}

/** The change the "Wijzigen" form sends when the chair saves it without changing anything. */
async function savedAsLoaded(id: string): Promise<MeetingChange> {
  const m = await view(id);
  return toChange(draftOf(m) ?? expect.fail("the chair gets the form"), m.planRevision);
}

/**
 * Plans, far ahead, an overleg with an opening to which only dn.devries is invited (not a member
 * of Demo casus C) and Demo casus C with cr.bakker; returns its id.
 */
async function planWithOpeningGuest(): Promise<string> {
  const devries = demoUser(server, "dn.devries").id;
  const bakker = demoUser(server, "cr.bakker").id;
  const { id } = await planWithInvitees(
    server,
    chair,
    caseC,
    new Date(Date.now() + 30 * DAY),
    [bakker],
    { before: [{ title: "Opening", plannedMinutes: 5, invitees: [devries] }] },
  );
  return id;
}

/** The Dutch message of an error answer. */
async function messageOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { message: string } }).error.message;
}

describe("the chair changes a planned overleg", () => {
  it("moves it to another time and place, and the slots' planned times follow", async () => {
    const change = {
      ...(await unchanged(overleg.id)),
      time: "15:30",
      location: "Stadhuis, zaal 2",
    };
    change.date = "2031-05-13";

    const res = await patch(overleg.id, change);

    expect(res.status).toBe(200);
    const changed = (await res.json()) as MeetingView;
    expect(changed.location).toBe("Stadhuis, zaal 2");
    expect(wallTimeOf(new Date(changed.startsAt))).toEqual({ date: "2031-05-13", time: "15:30" });
    const minutes = changed.agenda.reduce((sum, s) => sum + s.plannedMinutes, 0);
    expect(Date.parse(changed.endsAt) - Date.parse(changed.startsAt)).toBe(minutes * MINUTE);
    expect(changed.agenda[0]?.startsAt).toBe(changed.startsAt);
    const second = changed.agenda[1];
    expect(Date.parse(second?.startsAt ?? "")).toBe(
      Date.parse(changed.startsAt) + (changed.agenda[0]?.plannedMinutes ?? 0) * MINUTE,
    );
    expect(changed.agenda.map((s) => s.id)).toContain(overleg.slotA);
    expect(changed.agenda.map((s) => s.id)).toContain(overleg.slotB);

    const entries = (await (
      await server.api("/api/audit", { cookie: await server.login("beheer") })
    ).json()) as { entries: AuditEntry[] };
    expect(
      entries.entries.some(
        (e) =>
          e.action === "meeting.update" &&
          e.outcome === "allowed" &&
          e.targetId === overleg.id &&
          e.detail?.changed === true,
      ),
    ).toBe(true);
  });

  it("adds a case with its invitees, and changes the minutes and order of the others", async () => {
    const change = await unchanged(overleg.id);
    const bakker = demoUser(server, "cr.bakker").id;
    const [first, ...rest] = change.agenda;
    if (!first) throw new Error("the demo overleg has an agenda");
    change.agenda = [
      ...rest,
      { ...first, plannedMinutes: 7 },
      { caseId: caseC, plannedMinutes: 25, invitees: [bakker] },
    ];

    const res = await patch(overleg.id, change);

    expect(res.status).toBe(200);
    const changed = (await res.json()) as MeetingView;
    expect(changed.agenda.map((s) => s.id).slice(0, -1)).toEqual(
      change.agenda.map((s) => s.id).slice(0, -1),
    );
    expect(changed.agenda.at(-2)).toMatchObject({ id: first.id, plannedMinutes: 7 });
    const added = changed.agenda.at(-1);
    expect(added).toMatchObject({ caseId: caseC, title: "Demo casus C", plannedMinutes: 25 });
    expect(added?.invitees?.map((p) => p.userId)).toEqual([bakker]);
    // The invitee now sees the new slot on their agenda.
    const bakkerView = await view(overleg.id, await server.login("cr.bakker"));
    expect(bakkerView.agenda.map((s) => s.id)).toContain(added?.id);
  });

  it("refuses a title naming one of its cases once someone not invited to that case is invited, in a change and in a new plan", async () => {
    const follow = await server.api(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`,
      {
        cookie: chair,
        body: { date: "2030-02-05", time: "13:00" },
      },
    );
    expect(follow.status).toBe(201);
    const { id } = (await follow.json()) as { id: string };
    expect((await view(id)).title).toBe("Vervolgoverleg: Demo casus A");
    const change = await unchanged(id);
    const smit = demoUser(server, "dn.smit").id;
    change.agenda.push({ caseId: caseC, plannedMinutes: 20, invitees: [smit] });

    const refused = await patch(id, change);
    expect(refused.status).toBe(400);
    const message = await refused.text();
    expect(message).toContain('veld \\"Titel\\"');
    expect(message).not.toContain("Demo casus A");
    // Not changed: Noor Smit, not on case A, does not learn its name from her agenda.
    expect((await view(id)).agenda).toHaveLength(1);
    expect(
      (await server.api(`/api/meetings/${id}`, { cookie: await server.login("dn.smit") })).status,
    ).toBe(404);

    // With a general title the same agenda is saved.
    expect((await patch(id, { ...change, title: "Casusoverleg februari" })).status).toBe(200);

    const planned = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        title: "Overleg Demo casus A",
        kind: "casusoverleg",
        date: "2030-03-05",
        time: "13:00",
        location: "ZVH Westerduin",
        agenda: [
          { caseId: overleg.caseA, plannedMinutes: 30, invitees: [] },
          { title: "Rondvraag", plannedMinutes: 10, invitees: [smit] },
        ],
      },
    });
    expect(planned.status).toBe(400);
    expect(await planned.text()).toContain('veld \\"Titel\\"');
  });

  it("refuses a date at which the overleg would be over already, in a change, a new plan and a follow-up", async () => {
    const yesterday = wallTimeOf(new Date(Date.now() - DAY));
    const change = await unchanged(overleg.id);
    const moved = await patch(overleg.id, { ...change, date: yesterday.date });
    expect(moved.status).toBe(400);
    const movedText = await moved.text();
    expect(movedText).toContain("zou al voorbij zijn");
    // An earlier day: the field to change is the date.
    expect(movedText).toContain('veld \\"Datum\\"');
    expect((await view(overleg.id)).status).toBe("gepland");
    // Compared as the Dutch date it starts on: `startsAt` is UTC, a day behind just after midnight.
    expect(wallTimeOf(new Date((await view(overleg.id)).startsAt)).date).not.toBe(yesterday.date);

    const planned = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        title: "Gisteren",
        kind: "casusoverleg",
        date: yesterday.date,
        time: yesterday.time,
        location: "ZVH Westerduin",
        agenda: [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
      },
    });
    expect(planned.status).toBe(400);
    expect(await planned.text()).toContain("zou al voorbij zijn");

    const followUp = await server.api(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`,
      { cookie: chair, body: { date: yesterday.date, time: yesterday.time } },
    );
    expect(followUp.status).toBe(400);
    expect(await followUp.text()).toContain("zou al voorbij zijn");

    // An overleg planned as it begins, earlier today with its agenda still running, is taken.
    // Earlier today and over, past the grace (not asked in the first three hours of a day):
    // the date is right, the Begintijd is what to change.
    const earlierToday = wallTimeOf(new Date(Date.now() - 3 * HOUR));
    if (earlierToday.date === wallTimeOf(new Date()).date) {
      const over = await server.api("/api/meetings", {
        cookie: chair,
        body: {
          title: "Vanochtend",
          kind: "casusoverleg",
          ...earlierToday,
          location: "ZVH Westerduin",
          agenda: [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
        },
      });
      expect(over.status).toBe(400);
      expect(await over.text()).toContain('veld \\"Begintijd\\"');
    }

    const justBegun = wallTimeOf(new Date(Date.now() - 10 * MINUTE));
    expect((await patch(overleg.id, { ...change, ...justBegun })).status).toBe(200);
  });

  it("refuses a date more than five years ahead, a typing error, in a change, a new plan and a follow-up", async () => {
    const far = { date: "2999-01-06", time: "13:00" };
    const refusedFar = async (res: Response) => {
      expect(res.status).toBe(400);
      expect(await res.text()).toContain(
        'veld \\"Datum\\": kies een datum binnen vijf jaar vanaf vandaag.',
      );
    };
    const change = await unchanged(overleg.id);
    await refusedFar(await patch(overleg.id, { ...change, ...far }));
    expect((await view(overleg.id)).startsAt).not.toContain("2999");
    await refusedFar(
      await server.api("/api/meetings", {
        cookie: chair,
        body: {
          title: "Ver vooruit",
          kind: "casusoverleg",
          ...far,
          location: "ZVH Westerduin",
          agenda: [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
        },
      }),
    );
    await refusedFar(
      await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`, {
        cookie: chair,
        body: far,
      }),
    );
    expect(server.store.meetings.list().some((m) => m.startsAt.startsWith("2999"))).toBe(false);

    // A series is judged by its last occurrence too.
    const nearTheEdge = wallTimeOf(new Date(Date.now() + (5 * 366 - 30) * DAY)).date;
    await refusedFar(
      await server.api("/api/meetings", {
        cookie: chair,
        body: {
          title: "Reeks",
          kind: "casusoverleg",
          date: nearTheEdge,
          time: "13:00",
          location: "ZVH Westerduin",
          agenda: [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
          recurrence: { frequency: "vierwekelijks", occurrences: 3 },
        },
      }),
    );
  });

  it("takes a slot off the agenda, and a guest invited only to it loses the case at once", async () => {
    const { id, slotId: slotC } = await planWithSchool(
      server,
      chair,
      caseC,
      new Date(Date.now() + 10 * MINUTE),
      [{ title: "Opening", plannedMinutes: 5, invitees: [] }],
    );
    const guest = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${id}/verklaring`, {
      cookie: guest,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);
    expect((await server.api(`/api/cases/${caseC}`, { cookie: guest })).status).toBe(200);
    const plan = sockets.open(guest, `case/${caseC}/plan`);
    const slotDoc = sockets.open(guest, `meeting/${slotC}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");

    const change = await unchanged(id);
    change.agenda = change.agenda.filter((s) => s.id !== slotC);
    expect((await patch(id, change)).status).toBe(200);

    await eventually(
      () =>
        plan.closeCodes.includes(CloseCode.Forbidden) &&
        slotDoc.closeCodes.includes(CloseCode.Forbidden),
      "the guest's sockets closed",
    );
    expect((await server.api(`/api/cases/${caseC}`, { cookie: guest })).status).toBe(404);
    expect((await server.api(`/api/meetings/${id}/slots/${slotC}`, { cookie: guest })).status).toBe(
      404,
    );
    expect((await server.api(`/api/meetings/${id}`, { cookie: guest })).status).toBe(404);
  });

  it("deletes what was written in a removed slot's document, and keeps the other slots' documents", async () => {
    const write = async (slotId: string, text: string) => {
      const slot = sockets.open(chair, `meeting/${slotId}`);
      await eventually(() => slot.provider.synced, "slot synced");
      addBesluit(slot.doc, {
        id: `besluit-${slotId}`,
        agendaItemId: slotId,
        text,
        recordedBy: demoUser(server, "pr.jansen").id,
        recordedAt: new Date().toISOString(),
      });
      const stored = join(server.dataDir, "docs", "meeting", slotId);
      await eventually(() => existsSync(stored), "slot document stored");
      return { slot, stored };
    };
    const removed = await write(overleg.slotA, "Voorbereiding huisbezoek familie");
    const kept = await write(overleg.slotB, "Voorbereiding gesprek school");

    const change = await unchanged(overleg.id);
    change.agenda = change.agenda.filter((s) => s.id !== overleg.slotA);
    expect((await patch(overleg.id, change)).status).toBe(200);

    await eventually(
      () => removed.slot.closeCodes.includes(CloseCode.Forbidden),
      "the removed slot's socket closed",
    );
    expect(existsSync(removed.stored)).toBe(false);
    expect(existsSync(kept.stored)).toBe(true);
    expect(kept.slot.closeCodes).toEqual([]);
    // Nothing of the removed slot's text is left on disk; the kept slot's text is.
    await server.store.flush();
    const onDisk = async (text: string) =>
      (await readdir(join(server.dataDir, "docs"), { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .some((entry) =>
          readFileSync(join(entry.parentPath, entry.name)).includes(Buffer.from(text)),
        );
    expect(await onDisk("Voorbereiding huisbezoek familie")).toBe(false);
    expect(await onDisk("Voorbereiding gesprek school")).toBe(true);
  });

  it("announces each change in the overleg's live document, so open pages load it again", async () => {
    const live = sockets.open(await server.login("dn.devries"), `meeting/${overleg.id}`);
    await eventually(() => live.provider.synced, "synced");
    expect(readMeeting(live.doc).value.planRevision).toBeNull();

    const change = await unchanged(overleg.id);
    expect((await patch(overleg.id, { ...change, title: "Casusoverleg (verzet)" })).status).toBe(
      200,
    );
    await eventually(
      () => readMeeting(live.doc).value.planRevision === 1,
      "first change announced",
    );
    expect((await patch(overleg.id, { ...change, location: "Stadhuis" })).status).toBe(200);
    await eventually(
      () => readMeeting(live.doc).value.planRevision === 2,
      "second change announced",
    );
    expect((await view(overleg.id)).planRevision).toBe(2);
  });

  it("keeps a general item's invitees when the chair saves the Wijzigen form untouched", async () => {
    const id = await planWithOpeningGuest();
    const devries = await server.login("dn.devries");
    expect((await server.api(`/api/meetings/${id}`, { cookie: devries })).status).toBe(200);

    const res = await patch(id, { ...(await savedAsLoaded(id)), location: "Stadhuis" });

    expect(res.status).toBe(200);
    const opening = server.store.meetings.get(id)?.agenda.find((s) => s.title === "Opening");
    expect(opening?.invitees).toEqual([demoUser(server, "dn.devries").id]);
    expect((await server.api(`/api/meetings/${id}`, { cookie: devries })).status).toBe(200);
  });

  it("shows a general item's invitees to the chair only", async () => {
    const id = await planWithOpeningGuest();
    const opening = (m: MeetingView) => m.agenda.find((s) => s.title === "Opening");

    expect(opening(await view(id))?.invitees?.map((p) => p.userId)).toEqual([
      demoUser(server, "dn.devries").id,
    ]);
    for (const username of ["dn.devries", "cr.bakker"]) {
      const invitee = await view(id, await server.login(username));
      expect(opening(invitee)?.invitees).toBeNull();
    }
  });

  it("takes an invitee off a slot, who then no longer sees that slot", async () => {
    const change = await unchanged(overleg.id);
    const bakker = demoUser(server, "cr.bakker").id;
    change.agenda = change.agenda.map((s) =>
      s.id === overleg.slotA ? { ...s, invitees: s.invitees.filter((u) => u !== bakker) } : s,
    );
    expect((await patch(overleg.id, change)).status).toBe(200);

    const bakkerCookie = await server.login("cr.bakker");
    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, {
      cookie: bakkerCookie,
    });
    expect(res.status).toBe(404);
  });
});

describe("changes made on an older plan", () => {
  it("refuses a change made on an older plan revision (409) and leaves the plan as it was", async () => {
    const first = await savedAsLoaded(overleg.id);
    const second = await savedAsLoaded(overleg.id);
    expect((await patch(overleg.id, { ...first, location: "Stadhuis" })).status).toBe(200);
    const stored = structuredClone(server.store.meetings.get(overleg.id));

    const res = await patch(overleg.id, { ...second, title: "Ander overleg", location: "Elders" });

    expect(res.status).toBe(409);
    expect(await messageOf(res)).toBe(
      "Dit overleg is intussen gewijzigd, in een ander venster of door iemand anders. Laad het opnieuw; uw wijzigingen zijn nog niet opgeslagen.",
    );
    expect(server.store.meetings.get(overleg.id)).toEqual(stored);
    expect((await view(overleg.id)).planRevision).toBe(1);
  });

  it("saves a change made on the current plan revision, and the next one on the revision after it", async () => {
    const loaded = await savedAsLoaded(overleg.id);
    const res = await patch(overleg.id, { ...loaded, location: "Stadhuis" });
    expect(res.status).toBe(200);
    const changed = (await res.json()) as MeetingView;
    expect(changed.planRevision).toBe((loaded.planRevision ?? 0) + 1);

    const again = await patch(overleg.id, {
      ...loaded,
      location: "Stadhuis, zaal 2",
      planRevision: changed.planRevision,
    });
    expect(again.status).toBe(200);
    expect(server.store.meetings.get(overleg.id)?.location).toBe("Stadhuis, zaal 2");
  });

  it("saves exactly one of two changes sent at once on the same revision", async () => {
    const loaded = await savedAsLoaded(overleg.id);
    const answers = await Promise.all([
      patch(overleg.id, { ...loaded, location: "Stadhuis" }),
      patch(overleg.id, { ...loaded, location: "Elders" }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await view(overleg.id)).planRevision).toBe(1);
  });
});

describe("changes the server refuses", () => {
  it("refuses a change once the overleg has started (409)", async () => {
    const change = await unchanged(overleg.id);
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });

    const res = await patch(overleg.id, { ...change, location: "Elders" });

    expect(res.status).toBe(409);
    expect(await messageOf(res)).toBe(
      "Dit overleg is al begonnen of afgerond en kan niet meer worden gewijzigd.",
    );
    expect(server.store.meetings.get(overleg.id)?.location).not.toBe("Elders");
  });

  it("refuses an invitee (403) and someone not invited (404), and audits both as denied", async () => {
    const change = await unchanged(overleg.id);
    const bakker = await server.login("cr.bakker");
    // Everyone in the demo region but the beheerder is invited to some slot of the demo overleg.
    const beheer = await server.login("beheer");

    expect((await patch(overleg.id, change, bakker)).status).toBe(403);
    expect((await patch(overleg.id, change, beheer)).status).toBe(404);
    expect((await patch("meet_onbekend", change)).status).toBe(404);

    const entries = (await (
      await server.api("/api/audit", { cookie: await server.login("beheer") })
    ).json()) as { entries: AuditEntry[] };
    const denied = entries.entries.filter(
      (e) => e.outcome === "denied" && e.action === "meeting.update" && e.targetId === overleg.id,
    );
    expect(denied).toHaveLength(2);
  });

  it("refuses bad input with a Dutch message naming the field (400)", async () => {
    const change = await unchanged(overleg.id);
    const cases: [unknown, string][] = [
      [{ ...change, time: "25:00" }, 'Ongeldige invoer in veld "Begintijd"'],
      [{ ...change, agenda: [] }, 'Ongeldige invoer in veld "Agenda"'],
      [{ ...change, location: "", videoLink: "" }, 'Ongeldige invoer in veld "Locatie"'],
      [
        { ...change, agenda: [{ id: "slot_onbekend", plannedMinutes: 10, invitees: [] }] },
        'Ongeldige invoer in veld "Agendapunt 1: id": onbekend agendapunt.',
      ],
      [
        { ...change, agenda: [{ caseId: "case_onbekend", plannedMinutes: 10, invitees: [] }] },
        'Ongeldige invoer in veld "Agendapunt 1: casus": onbekende casus.',
      ],
      [
        {
          ...change,
          agenda: change.agenda.map((s) => (s.id === overleg.slotA ? { ...s, caseId: caseC } : s)),
        },
        "een agendapunt houdt zijn casus",
      ],
      [{ ...change, agenda: [...change.agenda, change.agenda[0]] }, "dit agendapunt staat er al"],
    ];
    for (const [body, message] of cases) {
      const res = await patch(overleg.id, body);
      expect(res.status).toBe(400);
      expect(await messageOf(res)).toContain(message);
    }
    const stored = server.store.meetings.get(overleg.id);
    expect(stored?.agenda.map((s) => s.id)).toEqual(change.agenda.map((s) => s.id));
  });
});
