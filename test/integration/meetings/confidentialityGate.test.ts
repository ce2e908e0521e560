import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingView, SlotCaseView } from "../../../shared/api/meetings.js";
import { readMeeting } from "../../../shared/docs/meetingDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { search } from "../cases/caseTestSupport.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

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

describe("the geheimhoudingsverklaring gate for an incidental participant", () => {
  it("shows in.school only the agenda slot title of Demo casus B before signing", async () => {
    const school = await server.login("in.school");
    const res = await server.api(`/api/meetings/${overleg.id}`, { cookie: school });
    expect(res.status).toBe(200);
    const view = (await res.json()) as MeetingView;
    expect(view.verklaringRequired).toBe(true);
    expect(view.verklaringSigned).toBe(false);
    const caseSlots = view.agenda.filter((s) => !s.general);
    expect(caseSlots.map((s) => s.title)).toEqual(["Demo casus B"]);
    expect(caseSlots[0]).toMatchObject({ cleared: false, caseId: null, invitees: null });
    expect(JSON.stringify(view)).not.toContain(overleg.caseB);
    expect(JSON.stringify(view)).not.toContain("Demo casus A");
  });

  it("refuses, then accepts, then refuses again in.school's HTTP and websocket access to the case", async () => {
    const school = await server.login("in.school");
    const slotPath = `/api/meetings/${overleg.id}/slots/${overleg.slotB}`;

    // Before signing: HTTP and both kinds of document refused.
    expect((await server.api(slotPath, { cookie: school })).status).toBe(403);
    expect((await server.api(`/api/cases/${overleg.caseB}`, { cookie: school })).status).toBe(404);
    const planBefore = sockets.open(school, `case/${overleg.caseB}/plan`);
    const slotBefore = sockets.open(school, `meeting/${overleg.slotB}`);
    await eventually(
      () => planBefore.closeCodes.length > 0 && slotBefore.closeCodes.length > 0,
      "both refused",
    );
    expect(planBefore.closeCodes[0]).toBe(CloseCode.Forbidden);
    expect(slotBefore.closeCodes[0]).toBe(CloseCode.Forbidden);

    // Signing is recorded with name, time and overleg.
    const signed = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);
    const user = server.store.users.findByUsername("in.school");
    const record = server.store.meetings.verklaringOf(overleg.id, user?.id ?? "");
    expect(record).toMatchObject({ meetingId: overleg.id, displayName: "Ingrid Schoolmeester" });
    expect(Number.isNaN(Date.parse(record?.signedAt ?? ""))).toBe(false);

    // After signing: the slot's case data over HTTP, and the documents over the websocket.
    const slot = await server.api(slotPath, { cookie: school });
    expect(slot.status).toBe(200);
    expect(await slot.json()).toMatchObject({
      caseId: overleg.caseB,
      title: "Demo casus B",
      access: "read",
    });
    const detail = await server.api(`/api/cases/${overleg.caseB}`, { cookie: school });
    expect(detail.status).toBe(200);
    // The case for this sitting, not the follow-up of its actions: no link to them, and no access.
    expect(await detail.json()).toMatchObject({
      id: overleg.caseB,
      access: "read",
      mayViewActions: false,
    });
    const actions = await server.api(`/api/cases/${overleg.caseB}/actions`, { cookie: school });
    expect(actions.status).toBe(404);
    const chairDetail = await server.api(`/api/cases/${overleg.caseB}`, { cookie: chair });
    expect(await chairDetail.json()).toMatchObject({ mayViewActions: true });
    const plan = sockets.open(school, `case/${overleg.caseB}/plan`);
    const slotDoc = sockets.open(school, `meeting/${overleg.slotB}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");
    // The slot document holds case B's data: its opening is audited against case B.
    const trail = await server.api(`/api/audit?caseId=${overleg.caseB}`, {
      cookie: await server.login("beheer"),
    });
    const entries = ((await trail.json()) as { entries: { action: string; docName?: string }[] })
      .entries;
    expect(
      entries.some((e) => e.action === "document.open" && e.docName === `meeting/${overleg.slotB}`),
    ).toBe(true);

    // The chair ends the overleg: open sockets close, HTTP and new sockets are refused again.
    expect(
      (await server.api(`/api/meetings/${overleg.id}/end`, { cookie: chair, body: {} })).status,
    ).toBe(200);
    await eventually(
      () =>
        plan.closeCodes.includes(CloseCode.Forbidden) &&
        slotDoc.closeCodes.includes(CloseCode.Forbidden),
      "sockets closed when the overleg ends",
    );
    expect((await server.api(slotPath, { cookie: school })).status).toBe(403);
    expect((await server.api(`/api/cases/${overleg.caseB}`, { cookie: school })).status).toBe(404);
    const planAfter = sockets.open(school, `case/${overleg.caseB}/plan`);
    await eventually(() => planAfter.closeCodes.length > 0, "refused after the end");
    expect(planAfter.closeCodes[0]).toBe(CloseCode.Forbidden);
  });

  it("shows a signed guest the case in the searched list by name only, without its woonplaats", async () => {
    const school = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);
    const rowOf = async (cookie: string) =>
      (await search(server, cookie)).items.filter((r) => r.id === overleg.caseB);
    expect(await rowOf(school)).toEqual([
      expect.objectContaining({ naam: "Mila Duinhof", woonplaats: null }),
    ]);
    expect(await rowOf(await server.login("dn.smit"))).toEqual([
      expect.objectContaining({ woonplaats: "Oosterveld" }),
    ]);
  });

  it("lets dn.smit, a standing partner of Demo casus B, in without a verklaring", async () => {
    const smit = await server.login("dn.smit");
    const view = (await (
      await server.api(`/api/meetings/${overleg.id}`, { cookie: smit })
    ).json()) as MeetingView;
    expect(view.verklaringRequired).toBe(false);
    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotB}`, {
      cookie: smit,
    });
    expect(res.status).toBe(200);
    const refused = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: smit,
      body: { akkoord: true },
    });
    expect(refused.status).toBe(409);
  });

  it("tells the chair, and only the chair, whether in.school has signed, and counts the signature in the slot's live document", async () => {
    const school = await server.login("in.school");
    const slotPath = `/api/meetings/${overleg.id}/slots/${overleg.slotB}`;
    const signatures = async (cookie: string) =>
      ((await (await server.api(slotPath, { cookie })).json()) as SlotCaseView).attendees.map(
        (a) => [a.displayName, a.verklaring] as const,
      );
    const overlegDoc = sockets.open(chair, `meeting/${overleg.id}`);
    const slotDoc = sockets.open(chair, `meeting/${overleg.slotB}`);
    await eventually(() => overlegDoc.provider.synced && slotDoc.provider.synced, "synced");
    const notYet = new Map(await signatures(chair));
    expect(notYet.get("Ingrid Schoolmeester")).toEqual({ signedAt: null });
    expect(notYet.get("Petra Jansen")).toBeNull();

    await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });

    const signedAt = server.store.meetings.verklaringOf(
      overleg.id,
      demoUser(server, "in.school").id,
    )?.signedAt;
    expect(signedAt).toBeDefined();
    expect(new Map(await signatures(chair)).get("Ingrid Schoolmeester")).toEqual({ signedAt });
    // A guest learns nothing about anyone's signature, their own included.
    expect((await signatures(school)).every(([, verklaring]) => verklaring === null)).toBe(true);
    // Counted in the slot's document, as closed as its case; not in the overleg's document, which
    // every invitee reads, and not as a change of the plan (a Wijzigen form open meanwhile stays).
    await eventually(() => readMeeting(slotDoc.doc).value.signatures === 1, "counted in the slot");
    expect(readMeeting(overlegDoc.doc).value.signatures).toBeNull();
    expect(readMeeting(overlegDoc.doc).value.planRevision).toBeNull();
  });

  it("does not accept a signature without explicit agreement", async () => {
    const school = await server.login("in.school");
    const res = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: false },
    });
    expect(res.status).toBe(400);
  });
});
