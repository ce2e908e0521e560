/**
 * The guest window of the confidentiality gate: an incidental participant who signed an overleg's
 * geheimhoudingsverklaring sees its case only from GUEST_LEAD_MS before the planned start until
 * the overleg ends, over HTTP and over the websocket alike.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeetingView } from "../../../shared/api/meetings.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { createLogger } from "../../../server/log.js";
import { endOverdueMeetings } from "../../../server/meetings/meetingsModule.js";
import { GUEST_LEAD_MS } from "../../../server/policies/meetingPolicy.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { planWithSchool as planOverlegWithSchool, type PlannedOverleg } from "./meetingSupport.js";

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;

let server: TestServer;
let chair: string;
let caseC: string;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  caseC = await caseIdByTitle(server, chair, "Demo casus C");
});
afterEach(async () => {
  vi.useRealTimers();
  sockets.destroyAll();
  await server.stop();
});

/** An overleg planned by pr.jansen at `startsAt` with Demo casus C, in.school invited to it. */
function planWithSchool(startsAt: Date): Promise<PlannedOverleg> {
  return planOverlegWithSchool(server, chair, caseC, startsAt);
}

/** Signs the overleg's verklaring as the given user. */
function sign(cookie: string, meetingId: string): Promise<Response> {
  return server.api(`/api/meetings/${meetingId}/verklaring`, { cookie, body: { akkoord: true } });
}

/** Opens the case's plan and the slot's document and waits until both were refused. */
async function expectDocumentsRefused(cookie: string, slotId: string): Promise<void> {
  const plan = sockets.open(cookie, `case/${caseC}/plan`);
  const slotDoc = sockets.open(cookie, `meeting/${slotId}`);
  await eventually(
    () => plan.closeCodes.length > 0 && slotDoc.closeCodes.length > 0,
    "both documents refused",
  );
  expect(plan.closeCodes[0]).toBe(CloseCode.Forbidden);
  expect(slotDoc.closeCodes[0]).toBe(CloseCode.Forbidden);
}

describe("an incidental participant invited to an overleg weeks ahead", () => {
  it("cannot sign its verklaring yet and is told from when it can", async () => {
    const overleg = await planWithSchool(new Date(Date.now() + 3 * WEEK));
    const school = await server.login("in.school");

    const res = await sign(school, overleg.id);

    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      `U kunt de geheimhoudingsverklaring ondertekenen vanaf ${GUEST_LEAD_MS / MINUTE} minuten voor de aanvang van het overleg.`,
    );
    const user = demoUser(server, "in.school");
    expect(server.store.meetings.verklaringOf(overleg.id, user.id)).toBeUndefined();
  });

  it("does not see the case over HTTP or the websocket, even with a verklaring on file and the overleg started", async () => {
    const overleg = await planWithSchool(new Date(Date.now() + 3 * WEEK));
    const user = demoUser(server, "in.school");
    // A signature recorded before the window rule existed, and a chair who started far too early.
    await server.store.meetings.addVerklaring({
      meetingId: overleg.id,
      userId: user.id,
      displayName: "Ingrid Schoolmeester",
      organisationName: "Duinzicht College",
      signedAt: new Date().toISOString(),
      templateVersion: "1",
    });
    const started = await server.api(`/api/meetings/${overleg.id}/start`, {
      cookie: chair,
      body: {},
    });
    expect(started.status).toBe(200);
    const school = await server.login("in.school");

    const detail = await server.api(`/api/cases/${caseC}`, { cookie: school });
    expect(detail.status).toBe(404);
    expect(await detail.text()).not.toContain("Helmkruid");
    const slot = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotId}`, {
      cookie: school,
    });
    expect(slot.status).toBe(403);
    const list = (await (await server.api("/api/cases", { cookie: school })).json()) as {
      cases: { id: string }[];
    };
    expect(list.cases.map((c) => c.id)).not.toContain(caseC);
    const view = (await (
      await server.api(`/api/meetings/${overleg.id}`, { cookie: school })
    ).json()) as MeetingView;
    expect(view.agenda[0]).toMatchObject({ cleared: false, caseId: null });
    await expectDocumentsRefused(school, overleg.slotId);
  });
});

describe("the guest window around the overleg itself", () => {
  it("opens the case to a signed guest from shortly before the start, without a restart", async () => {
    const overleg = await planWithSchool(new Date(Date.now() + GUEST_LEAD_MS + 15 * MINUTE));
    let school = await server.login("in.school");
    expect((await sign(school, overleg.id)).status).toBe(409);
    expect((await server.api(`/api/cases/${caseC}`, { cookie: school })).status).toBe(404);

    // Twenty minutes later the same running server lets the guest sign and read in.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 20 * MINUTE);
    school = await server.login("in.school");
    expect((await sign(school, overleg.id)).status).toBe(200);
    const detail = await server.api(`/api/cases/${caseC}`, { cookie: school });
    expect(detail.status).toBe(200);
    expect(await detail.json()).toMatchObject({ id: caseC, access: "read" });
    const slot = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotId}`, {
      cookie: school,
    });
    expect(slot.status).toBe(200);
    const plan = sockets.open(school, `case/${caseC}/plan`);
    const slotDoc = sockets.open(school, `meeting/${overleg.slotId}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");
  });

  it("closes the guest's sockets and HTTP access when the overleg runs out without the chair", async () => {
    const overleg = await planWithSchool(new Date(Date.now() + 10 * MINUTE));
    const school = await server.login("in.school");
    expect((await sign(school, overleg.id)).status).toBe(200);
    const plan = sockets.open(school, `case/${caseC}/plan`);
    const slotDoc = sockets.open(school, `meeting/${overleg.slotId}`);
    await eventually(() => plan.provider.synced && slotDoc.provider.synced, "both synced");

    // The overdue job, as it runs once the overleg is past its grace period.
    const endsAt = Date.parse(server.store.meetings.get(overleg.id)?.endsAt ?? "");
    const jobDeps = {
      store: server.store,
      log: createLogger("silent"),
      openDocument: (docName: string) => server.collab.openDocument(docName),
    };
    expect(await endOverdueMeetings(jobDeps, new Date(endsAt + 24 * 60 * MINUTE))).toContain(
      overleg.id,
    );

    await eventually(
      () =>
        plan.closeCodes.includes(CloseCode.Forbidden) &&
        slotDoc.closeCodes.includes(CloseCode.Forbidden),
      "sockets closed when the window closed",
    );
    expect((await server.api(`/api/cases/${caseC}`, { cookie: school })).status).toBe(404);
    await expectDocumentsRefused(school, overleg.slotId);
    // The slot tells the guest the overleg ended, not that they still have to sign.
    const slot = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotId}`, {
      cookie: school,
    });
    expect(slot.status).toBe(403);
    const { error } = (await slot.json()) as { error: { message: string } };
    expect(error.message).toContain("Dit overleg is afgelopen");
  });
});
