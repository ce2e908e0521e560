/**
 * Removing a member from a case team takes them off that case's slots in every overleg that has
 * not started yet: they lose what the invitation opened (the overleg, the slot, the case as a
 * guest), over HTTP and over the websocket, the chair sees the new invitees, and screens that have
 * the overleg open are told to load it again. In a running overleg they leave the slot too, their
 * recorded attendance kept for the verslag; an ended overleg keeps its agenda.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SlotCaseView } from "../../../shared/api/meetings.js";
import { readMeeting, setAttendance } from "../../../shared/docs/meetingDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import {
  demoOverleg,
  inviteesOf,
  meetingAs,
  planWithInvitees,
  type DemoOverleg,
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

/** Removes a member from the case's team as the chair (the case's procesregisseur). */
async function removeFromTeam(caseId: string, username: string): Promise<void> {
  const res = await server.api(`/api/cases/${caseId}/team/${idOf(username)}`, {
    method: "DELETE",
    cookie: chair,
  });
  expect(res.status).toBe(200);
}

/** The overleg as the chair sees it. */
const chairView = (id: string) => meetingAs(server, chair, id);

/** The user ids the chair sees invited to the slot. */
const invitedTo = (meetingId: string, slotId: string) =>
  inviteesOf(server, chair, meetingId, slotId);

/** Starts (and with `end`, also ends) the overleg as the chair. */
async function run(meetingId: string, ...steps: ("start" | "end")[]): Promise<void> {
  for (const step of steps) {
    const res = await server.api(`/api/meetings/${meetingId}/${step}`, { cookie: chair, body: {} });
    expect(res.status).toBe(200);
  }
}

describe("removing a member from the case team", () => {
  it("takes them off the case's slots in every planned overleg, and the chair sees the new invitees", async () => {
    const later = await planWithInvitees(
      server,
      chair,
      overleg.caseA,
      new Date(Date.now() + 2 * DAY),
      [idOf("dn.devries"), idOf("cr.bakker")],
    );
    expect(await invitedTo(overleg.id, overleg.slotA)).toContain(idOf("dn.devries"));

    await removeFromTeam(overleg.caseA, "dn.devries");

    expect(await invitedTo(overleg.id, overleg.slotA)).toEqual([idOf("cr.bakker")]);
    expect(await invitedTo(later.id, later.slotId)).toEqual([idOf("cr.bakker")]);
    // The other slots of the overleg are untouched.
    expect(await invitedTo(overleg.id, overleg.slotB)).toEqual([
      idOf("dn.smit"),
      idOf("in.school"),
    ]);
  });

  it("leaves them no way into the slot's case through the overleg, not even by signing the verklaring", async () => {
    await removeFromTeam(overleg.caseA, "dn.devries");
    const devries = await server.login("dn.devries");

    // The demo overleg runs within the hour: its guest window is open.
    const sign = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: devries,
      body: { akkoord: true },
    });
    expect(sign.status).toBe(404);
    for (const path of [
      `/api/meetings/${overleg.id}`,
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}`,
      `/api/cases/${overleg.caseA}`,
    ]) {
      expect((await server.api(path, { cookie: devries })).status, path).toBe(404);
    }
    const slotDoc = sockets.open(devries, `meeting/${overleg.slotA}`);
    const plan = sockets.open(devries, `case/${overleg.caseA}/plan`);
    await eventually(
      () =>
        slotDoc.closeCodes.includes(CloseCode.Forbidden) &&
        plan.closeCodes.includes(CloseCode.Forbidden),
      "both documents refused",
    );
  });

  it("closes at once the sockets of someone who signed the verklaring as a guest before joining the team", async () => {
    const caseD = await caseIdByTitle(server, chair, "Demo casus D");
    const soon = await planWithInvitees(server, chair, caseD, new Date(Date.now() + 10 * MINUTE), [
      idOf("dn.devries"),
    ]);
    const devries = await server.login("dn.devries");
    const signed = await server.api(`/api/meetings/${soon.id}/verklaring`, {
      cookie: devries,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);
    const joined = await server.api(`/api/cases/${caseD}/team`, {
      cookie: chair,
      body: { userId: idOf("dn.devries"), caseRole: "deelnemer" },
    });
    expect(joined.status).toBe(201);
    const plan = sockets.open(devries, `case/${caseD}/plan`);
    const slotDoc = sockets.open(devries, `meeting/${soon.slotId}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");

    await removeFromTeam(caseD, "dn.devries");

    await eventually(
      () =>
        plan.closeCodes.includes(CloseCode.Forbidden) &&
        slotDoc.closeCodes.includes(CloseCode.Forbidden),
      "the former member's sockets closed",
    );
    expect((await server.api(`/api/cases/${caseD}`, { cookie: devries })).status).toBe(404);
    expect(
      (await server.api(`/api/meetings/${soon.id}/slots/${soon.slotId}`, { cookie: devries }))
        .status,
    ).toBe(404);
  });

  it("takes them off the slot of a running overleg too, so signing its verklaring opens nothing, while the verslag keeps their attendance", async () => {
    const invitees = [idOf("dn.devries"), idOf("cr.bakker")];
    const now = new Date();
    const running = await planWithInvitees(server, chair, overleg.caseA, now, invitees, {
      title: "Lopend overleg",
    });
    const ended = await planWithInvitees(server, chair, overleg.caseA, now, invitees, {
      title: "Afgerond overleg",
    });
    await run(running.id, "start");
    await run(ended.id, "start", "end");
    const slot = sockets.open(chair, `meeting/${running.slotId}`);
    await eventually(() => slot.provider.synced, "synced");
    setAttendance(slot.doc, running.slotId, idOf("dn.devries"), "aanwezig", {
      by: idOf("pr.jansen"),
      at: new Date().toISOString(),
    });
    const verslag = `/api/meetings/${running.id}/slots/${running.slotId}/verslag`;
    const attendanceRow = async () => {
      const overview = (await (await server.api(verslag, { cookie: chair })).json()) as {
        draft: { type: string; rows?: string[][] }[];
      };
      return overview.draft
        .flatMap((b) => b.rows ?? [])
        .find((row) => row[0]?.startsWith("Daan de Vries"));
    };
    await pollUntil(attendanceRow, (row) => row?.includes("Aanwezig") === true, "recorded");

    await removeFromTeam(overleg.caseA, "dn.devries");

    expect(await invitedTo(running.id, running.slotId)).toEqual([idOf("cr.bakker")]);
    expect(await invitedTo(ended.id, ended.slotId)).toEqual(invitees);
    expect(await attendanceRow()).toContain("Aanwezig");
    // The chair's slot view lists them as withdrawn, with no verklaring asked of them.
    const slotView = (await (
      await server.api(`/api/meetings/${running.id}/slots/${running.slotId}`, { cookie: chair })
    ).json()) as SlotCaseView;
    expect(slotView.attendees.find((p) => p.userId === idOf("dn.devries"))).toMatchObject({
      withdrawn: true,
      incidental: false,
      verklaring: null,
    });

    const devries = await server.login("dn.devries");
    const sign = await server.api(`/api/meetings/${running.id}/verklaring`, {
      cookie: devries,
      body: { akkoord: true },
    });
    expect(sign.status).toBe(404);
    for (const path of [
      `/api/meetings/${running.id}/slots/${running.slotId}`,
      `/api/cases/${overleg.caseA}`,
    ]) {
      expect((await server.api(path, { cookie: devries })).status, path).toBe(404);
    }
  });

  it("tells the screens that have the overleg open that its plan changed", async () => {
    const live = sockets.open(chair, `meeting/${overleg.id}`);
    await eventually(() => live.provider.synced, "synced");
    const before = (await chairView(overleg.id)).planRevision;

    await removeFromTeam(overleg.caseA, "dn.devries");

    const after = (await chairView(overleg.id)).planRevision;
    expect(after).toBeGreaterThan(before);
    await eventually(
      () => readMeeting(live.doc).value.planRevision === after,
      "the new revision announced",
    );
  });

  it("audits each overleg it changed as meeting.update by ids, and counts them in the team change", async () => {
    await removeFromTeam(overleg.caseA, "dn.devries");

    const res = await server.api(`/api/audit?caseId=${overleg.caseA}`, {
      cookie: await server.login("beheer"),
    });
    const { entries } = (await res.json()) as { entries: AuditEntry[] };
    const removal = entries.find((e) => e.action === "case.update" && e.detail?.team === "remove");
    expect(removal).toMatchObject({ targetId: idOf("dn.devries"), detail: { overleggen: 1 } });
    const withdrawn = entries.filter(
      (e) => e.action === "meeting.update" && e.detail?.team === "remove",
    );
    expect(withdrawn).toEqual([
      expect.objectContaining({
        outcome: "allowed",
        caseId: overleg.caseA,
        targetId: overleg.id,
        detail: { team: "remove", uninvited: idOf("dn.devries"), slots: 1 },
      }),
    ]);
    expect(JSON.stringify(entries)).not.toContain("Daan de Vries");
  });
});
