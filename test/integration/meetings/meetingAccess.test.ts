import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { MeetingView } from "../../../shared/api/meetings.js";
import {
  addBesluit,
  correctBesluit,
  readMeeting,
  setAttendance,
  setCurrentAgendaItem,
  setTimer,
  withdrawBesluit,
} from "../../../shared/docs/meetingDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
let logs: string[];
const sockets = new Sockets(() => server);

beforeEach(async () => {
  logs = [];
  server = await startTestServer({}, undefined, logs);
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

describe("a participant not invited to Demo casus B during the overleg", () => {
  it("cannot open case B's slot or documents, nor learn of it from the agenda", async () => {
    const bakker = await server.login("cr.bakker");
    const view = (await (
      await server.api(`/api/meetings/${overleg.id}`, { cookie: bakker })
    ).json()) as MeetingView;
    expect(view.agenda.filter((s) => !s.general).map((s) => s.title)).toEqual(["Demo casus A"]);
    expect(JSON.stringify(view)).not.toContain(overleg.slotB);
    expect(JSON.stringify(view)).not.toContain("Demo casus B");

    const res = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotB}`, {
      cookie: bakker,
    });
    expect(res.status).toBe(404);
    const slotDoc = sockets.open(bakker, `meeting/${overleg.slotB}`);
    const analyse = sockets.open(bakker, `case/${overleg.caseB}/analyse`);
    await eventually(
      () => slotDoc.closeCodes.length > 0 && analyse.closeCodes.length > 0,
      "refused",
    );
    expect(slotDoc.closeCodes[0]).toBe(CloseCode.Forbidden);
    expect(analyse.closeCodes[0]).toBe(CloseCode.Forbidden);
  });

  it("follows the chair on the shared overleg document, which carries no case data", async () => {
    const bakker = await server.login("cr.bakker");
    const chairDoc = sockets.open(chair, `meeting/${overleg.id}`);
    const follower = sockets.open(bakker, `meeting/${overleg.id}`);
    await eventually(() => chairDoc.provider.synced && follower.provider.synced, "synced");
    setCurrentAgendaItem(chairDoc.doc, overleg.slotA);
    setTimer(chairDoc.doc, new Date().toISOString());
    await eventually(
      () => readMeeting(follower.doc).value.currentAgendaItemId === overleg.slotA,
      "the follower's document follows the chair",
    );
    setCurrentAgendaItem(chairDoc.doc, overleg.slotB);
    await eventually(
      () => readMeeting(follower.doc).value.currentAgendaItemId === overleg.slotB,
      "moved on to B",
    );
    // Every top-level type the document holds, also those this client never asked for.
    const everything = JSON.stringify(
      [...follower.doc.share.keys()].map((key) => follower.doc.get(key).toJSON() as unknown),
    );
    expect(everything).not.toContain(overleg.caseB);
    expect(everything).not.toContain("Demo casus B");
  });

  it("refuses edits to the shared overleg document from anyone but the chair", async () => {
    const bakker = await server.login("cr.bakker");
    const chairDoc = sockets.open(chair, `meeting/${overleg.id}`);
    const follower = sockets.open(bakker, `meeting/${overleg.id}`);
    await eventually(() => chairDoc.provider.synced && follower.provider.synced, "synced");
    // The start opened the first item; the participant tries to move everyone to case B.
    const opened = readMeeting(chairDoc.doc).value.currentAgendaItemId;
    expect(opened).not.toBeNull();
    expect(opened).not.toBe(overleg.slotB);
    setCurrentAgendaItem(follower.doc, overleg.slotB);
    setTimer(chairDoc.doc, "2026-01-01T10:00:00.000Z");
    await eventually(
      () => readMeeting(follower.doc).value.timerStartedAt === "2026-01-01T10:00:00.000Z",
      "chair's edit arrives",
    );
    const fresh = sockets.open(chair, `meeting/${overleg.id}`);
    await eventually(() => fresh.provider.synced, "a fresh copy synced");
    expect(readMeeting(fresh.doc).value.timerStartedAt).toBe("2026-01-01T10:00:00.000Z");
    expect(readMeeting(fresh.doc).value.currentAgendaItemId).toBe(opened);
    expect(readMeeting(chairDoc.doc).value.currentAgendaItemId).toBe(opened);
  });

  it("refuses the overleg entirely to someone invited to none of it", async () => {
    const beheer = await server.login("beheer");
    expect((await server.api(`/api/meetings/${overleg.id}`, { cookie: beheer })).status).toBe(404);
    const list = (await (await server.api("/api/meetings", { cookie: beheer })).json()) as {
      meetings: unknown[];
    };
    expect(list.meetings).toEqual([]);
    const doc = sockets.open(beheer, `meeting/${overleg.id}`);
    await eventually(() => doc.closeCodes.length > 0, "refused");
    expect(doc.closeCodes[0]).toBe(CloseCode.Forbidden);
  });
});

describe("presence during the overleg", () => {
  it("is kept to itself in the overleg's own document, so a guest of one slot does not learn who sits at another, and shared in a slot's document", async () => {
    const devriesCookie = await server.login("dn.devries");
    const devries = sockets.open(devriesCookie, `meeting/${overleg.id}`);
    const school = sockets.open(await server.login("in.school"), `meeting/${overleg.id}`);
    const inSlot = sockets.open(devriesCookie, `meeting/${overleg.slotA}`);
    const chairInSlot = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(
      () => [devries, school, inSlot, chairInSlot].every((c) => c.provider.synced),
      "all synced",
    );
    const daan = { name: "Daan de Vries", organisation: "GGZ Duinstreek" };
    devries.provider.awareness.setLocalStateField("user", daan);
    inSlot.provider.awareness.setLocalStateField("user", daan);
    // The slot's document carries presence: the chair sees Daan there.
    await eventually(
      () => chairInSlot.provider.awareness.getStates().has(inSlot.doc.clientID),
      "presence in the slot",
    );
    // The overleg's own document, sent on the same way, carried none of it to the guest.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([...school.provider.awareness.getStates().keys()]).toEqual([school.doc.clientID]);
  });
});

describe("access that changes while the overleg's documents are open", () => {
  it("closes a slot document at once for a partner removed from the slot's case", async () => {
    const devries = await server.login("dn.devries");
    const slotDoc = sockets.open(devries, `meeting/${overleg.slotA}`);
    await eventually(() => slotDoc.provider.synced, "synced");
    const devriesId = demoUser(server, "dn.devries").id;
    const caseA = server.store.cases.get(overleg.caseA);
    if (!caseA) throw new Error("Demo casus A is missing");

    await server.store.cases.setParticipants(
      overleg.caseA,
      caseA.participants.filter((p) => p.userId !== devriesId),
    );
    await eventually(() => slotDoc.closeCodes.length > 0, "the slot document closed");
    expect(slotDoc.closeCodes[0]).toBe(CloseCode.Forbidden);
  });

  it("makes the chair's slot document read-only once the overleg has ended", async () => {
    const slotDoc = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(() => slotDoc.provider.synced, "synced");
    const ended = await server.api(`/api/meetings/${overleg.id}/end`, { cookie: chair, body: {} });
    expect(ended.status).toBe(200);

    const chairId = demoUser(server, "pr.jansen").id;
    setAttendance(slotDoc.doc, overleg.slotA, demoUser(server, "dn.devries").id, "aanwezig", {
      by: chairId,
      at: new Date().toISOString(),
    });
    await eventually(
      () => logs.some((line) => line.includes("read-only connection refused")),
      "the chair's late edit refused",
    );
    expect(slotDoc.closeCodes).toEqual([]);
  });
});

describe("besluiten in a slot document during the overleg", () => {
  it("takes the chair's correction and withdrawal of a besluit in a slot, and refuses a participant's", async () => {
    const chairId = demoUser(server, "pr.jansen").id;
    const devries = await server.login("dn.devries");
    const chairDoc = sockets.open(chair, `meeting/${overleg.slotA}`);
    const participant = sockets.open(devries, `meeting/${overleg.slotA}`);
    await eventually(() => chairDoc.provider.synced && participant.provider.synced, "synced");
    const at = new Date().toISOString();
    for (const id of ["b1", "b2"]) {
      addBesluit(chairDoc.doc, {
        id,
        agendaItemId: overleg.slotA,
        text: `Besluit ${id}`,
        recordedBy: chairId,
        recordedAt: at,
      });
    }
    await eventually(() => readMeeting(participant.doc).value.besluiten.length === 2, "arrived");

    const devriesId = demoUser(server, "dn.devries").id;
    correctBesluit(participant.doc, "b1", "Door een deelnemer veranderd", { by: devriesId, at });
    withdrawBesluit(participant.doc, "b2", { by: devriesId, at });
    await eventually(
      () => logs.some((line) => line.includes("read-only connection refused")),
      "the participant's edit refused",
    );
    correctBesluit(chairDoc.doc, "b1", "Besluit b1, gecorrigeerd", { by: chairId, at });
    withdrawBesluit(chairDoc.doc, "b2", { by: chairId, at });

    const fresh = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(
      () => readMeeting(fresh.doc).value.besluiten.some((b) => b.withdrawnBy !== undefined),
      "the chair's changes stored",
    );
    expect(readMeeting(fresh.doc).value.besluiten).toMatchObject([
      { id: "b1", text: "Besluit b1, gecorrigeerd", correctedBy: chairId },
      { id: "b2", text: "Besluit b2", withdrawnBy: chairId },
    ]);
  });
});
