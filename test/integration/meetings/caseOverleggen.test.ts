import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  caseOverleggenPath,
  caseVerslagPath,
  type CaseOverleggen,
} from "../../../shared/api/caseOverleggen.js";
import { setAttendance } from "../../../shared/docs/meetingDoc.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { textOfPdf } from "../../support/exportText.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "./meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** Records dn.devries present and cr.bakker absent at slot A, then fixes version 1 of its verslag. */
async function fixVerslagOfSlotA(): Promise<void> {
  const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
  await eventually(() => slot.provider.synced, "synced");
  const stamp = { by: demoUser(server, "pr.jansen").id, at: new Date().toISOString() };
  setAttendance(slot.doc, overleg.slotA, demoUser(server, "dn.devries").id, "aanwezig", stamp);
  setAttendance(slot.doc, overleg.slotA, demoUser(server, "cr.bakker").id, "afgemeld", stamp);
  const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
  await pollUntil(
    async () => (await server.api(base, { cookie: chair, body: { version: 1 } })).status,
    (status) => status === 201,
    "verslag fixed",
  );
}

/** Makes dn.smit the casusregisseur of case A after the overleg (cr.bakker steps down). */
async function appointSmit(): Promise<void> {
  const res = await server.api(`/api/cases/${overleg.caseA}/team`, {
    cookie: chair,
    body: { userId: demoUser(server, "dn.smit").id, caseRole: "casusregisseur" },
  });
  expect(res.status).toBe(201);
}

async function overleggenOf(cookie: string, caseId = overleg.caseA): Promise<CaseOverleggen> {
  const res = await server.api(caseOverleggenPath(caseId), { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as CaseOverleggen;
}

describe("the overleggen on a case page", () => {
  it("list the case's slot with its verslag versions for a team member, who opens the overleg only when invited", async () => {
    await fixVerslagOfSlotA();
    const devries = await server.login("dn.devries");
    const { overleggen } = await overleggenOf(devries);
    expect(overleggen).toHaveLength(1);
    expect(overleggen[0]).toMatchObject({
      meetingId: overleg.id,
      slotId: overleg.slotA,
      title: "Casusoverleg Westerduin",
      status: "bezig",
      mayOpen: true,
      mayDownload: true,
    });
    expect(overleggen[0]?.versions.map((v) => v.version)).toEqual([1]);
    // The other slot of the same overleg (case B) is not case A's.
    expect(overleggen.some((o) => o.slotId === overleg.slotB)).toBe(false);
  });

  it("let a casusregisseur appointed after the overleg download its verslag, though never invited to it", async () => {
    await fixVerslagOfSlotA();
    await appointSmit();
    const smit = await server.login("dn.smit");
    const [listed] = (await overleggenOf(smit)).overleggen;
    // Not invited, she reads no title (one may name another case on the agenda), only the kind.
    expect(listed).toMatchObject({
      slotId: overleg.slotA,
      title: null,
      kind: "casusoverleg",
      mayOpen: false,
      mayDownload: true,
    });
    const pdf = await server.api(caseVerslagPath(overleg.caseA, overleg.slotA, 1, "pdf"), {
      cookie: smit,
    });
    expect(pdf.status).toBe(200);
    expect(textOfPdf(Buffer.from(await pdf.arrayBuffer()))).toContain("Daan de Vries");
    // The overleg itself stays closed to her: she was not invited.
    const viaMeeting = await server.api(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag/1/pdf`,
      { cookie: smit },
    );
    expect(viaMeeting.status).toBe(404);
    // The download is audited as an export of that overleg's verslag, naming the case.
    const entries = await readAuditTrail(server, "action=verslag.export");
    expect(entries.find((e) => e.detail?.fromCase === true)).toMatchObject({
      outcome: "allowed",
      caseId: overleg.caseA,
      targetId: overleg.id,
      actor: { userId: demoUser(server, "dn.smit").id },
    });
  });

  it("keep the verslag from a team member who was absent and no longer follows the case up", async () => {
    await fixVerslagOfSlotA();
    await appointSmit();
    // cr.bakker sent word he could not come, and is casusregisseur no more.
    const bakker = await server.login("cr.bakker");
    const [listed] = (await overleggenOf(bakker)).overleggen;
    expect(listed).toMatchObject({ mayOpen: true, mayDownload: false });
    expect(listed?.versions.map((v) => v.version)).toEqual([1]);
    const pdf = await server.api(caseVerslagPath(overleg.caseA, overleg.slotA, 1, "pdf"), {
      cookie: bakker,
    });
    expect(pdf.status).toBe(403);
  });

  it("are no one else's: not a guest's of one overleg, not for another case's slot, not for an unknown version", async () => {
    await fixVerslagOfSlotA();
    const school = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${overleg.id}/verklaring`, {
      cookie: school,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);
    // Cleared for case B in this overleg, the guest still gets no history of it, nor of case A.
    expect((await server.api(caseOverleggenPath(overleg.caseB), { cookie: school })).status).toBe(
      404,
    );
    expect((await server.api(caseOverleggenPath(overleg.caseA), { cookie: school })).status).toBe(
      404,
    );
    // dn.devries is on case A's team, not case B's: slot B through case A is not found.
    const devries = await server.login("dn.devries");
    const other = await server.api(caseVerslagPath(overleg.caseA, overleg.slotB, 1, "pdf"), {
      cookie: devries,
    });
    expect(other.status).toBe(404);
    const unknown = await server.api(caseVerslagPath(overleg.caseA, overleg.slotA, 2, "pdf"), {
      cookie: devries,
    });
    expect(unknown.status).toBe(404);
    const badFormat = await server.api(
      `${caseOverleggenPath(overleg.caseA)}/${overleg.slotA}/verslag/1/odt`,
      { cookie: devries },
    );
    expect(badFormat.status).toBe(400);
    // Each refusal on a case that exists is in the trail.
    const ofCaseA = await readAuditTrail(server, `caseId=${overleg.caseA}`);
    const denied = ofCaseA.filter((e) => e.outcome === "denied");
    expect(denied.map((e) => e.action)).toEqual(
      expect.arrayContaining(["meeting.view", "verslag.export"]),
    );
  });
});
