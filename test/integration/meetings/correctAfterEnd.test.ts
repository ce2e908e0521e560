/**
 * Corrigeren na afloop over the real HTTP and websocket server: the chair of an ended overleg
 * corrects a besluit's text, withdraws a besluit, or corrects someone's attendance in a case slot;
 * pages that have the slot open see it at once, the original stays, the next verslag version prints
 * the correction's note, and the change is audited with ids only. Nobody else may, nothing is
 * corrected before the end or after the window, and a correction of a record that changed since is
 * refused.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  SlotCaseView,
  SlotCorrectionInput,
  VerslagOverview,
} from "../../../shared/api/meetings.js";
import { addBesluit, readMeeting, setAttendance } from "../../../shared/docs/meetingDoc.js";
import { MEETING_CORRECTION_WINDOW_DAYS } from "../../../shared/domain/meeting.js";
import { dutchDateOf } from "../../../shared/domain/regionTime.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { changeAccount } from "../accounts/accountSupport.js";
import { addBakkerAction, demoOverleg, type DemoOverleg } from "./meetingSupport.js";

const TYPO = "Huisbezoek door wijkagnet en GGZ binnen twee weken";
const FIXED = "Huisbezoek door wijkagent en GGZ binnen twee weken";
const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
const sockets = new Sockets(() => server);

/** The path of slot A's correction route. */
const correctionPath = () => `/api/meetings/${overleg.id}/slots/${overleg.slotA}/correction`;

/** Sends a correction of slot A as the holder of `cookie`. */
function correct(correction: SlotCorrectionInput, cookie = chair): Promise<Response> {
  return server.api(correctionPath(), { cookie, body: correction });
}

/** The Dutch message of a refused request. */
async function messageOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { message: string } }).error.message;
}

/** Slot A's record as a fresh reader with `cookie` sees it. */
async function slotRecord(cookie = chair) {
  const reader = sockets.open(cookie, `meeting/${overleg.slotA}`);
  await eventually(() => reader.provider.synced, "synced");
  return readMeeting(reader.doc).value;
}

/** Starts the demo overleg, records a besluit and Carlos Bakker as afwezig in slot A, ends it. */
async function holdOverleg(): Promise<void> {
  await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
  const chairId = demoUser(server, "pr.jansen").id;
  const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
  await eventually(() => slot.provider.synced, "synced");
  const stamp = { by: chairId, at: new Date().toISOString() };
  addBesluit(slot.doc, {
    id: "besluit-1",
    agendaItemId: overleg.slotA,
    text: TYPO,
    recordedBy: chairId,
    recordedAt: stamp.at,
  });
  setAttendance(slot.doc, overleg.slotA, demoUser(server, "cr.bakker").id, "afwezig", stamp);
  const check = sockets.open(chair, `meeting/${overleg.slotA}`);
  await eventually(
    () => readMeeting(check.doc).value.besluiten.length === 1,
    "the besluit is stored",
  );
  const ended = await server.api(`/api/meetings/${overleg.id}/end`, { cookie: chair, body: {} });
  expect(ended.status).toBe(200);
}

const fixTypo: SlotCorrectionInput = {
  kind: "besluit",
  besluitId: "besluit-1",
  previousText: TYPO,
  text: FIXED,
  reason: "typefout",
};

/** Carlos Bakker, recorded afwezig by `holdOverleg`, corrected to aanwezig. */
const bakkerPresent = (): SlotCorrectionInput => ({
  kind: "aanwezigheid",
  userId: demoUser(server, "cr.bakker").id,
  previousStatus: "afwezig",
  status: "aanwezig",
});

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
});
afterEach(async () => {
  vi.useRealTimers();
  sockets.destroyAll();
  await server.stop();
});

describe("correcting an ended overleg", () => {
  it("shows a corrected besluit at once on a participant's open page, the original kept beside it", async () => {
    await holdOverleg();
    const devries = sockets.open(await server.login("dn.devries"), `meeting/${overleg.slotA}`);
    await eventually(() => devries.provider.synced, "the participant's page is synced");

    const res = await correct(fixTypo);

    expect(res.status).toBe(204);
    await eventually(
      () => readMeeting(devries.doc).value.besluiten[0]?.text === FIXED,
      "the correction reaches the open page without a reload",
    );
    expect(readMeeting(devries.doc).value.besluiten[0]?.correctionAfterEnd).toMatchObject({
      originalText: TYPO,
      by: demoUser(server, "pr.jansen").id,
      reason: "typefout",
    });
  });

  it("corrects someone's attendance and prints both corrections with their note in the next verslag version", async () => {
    await holdOverleg();
    const bakker = demoUser(server, "cr.bakker").id;
    expect((await correct(fixTypo)).status).toBe(204);
    expect((await correct(bakkerPresent())).status).toBe(204);
    const mark = (await slotRecord()).attendance.find((a) => a.userId === bakker);
    expect(mark).toMatchObject({ status: "aanwezig" });
    expect(mark?.correctionAfterEnd?.original).toMatchObject({ status: "afwezig" });

    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    expect((await server.api(base, { cookie: chair, body: { version: 1 } })).status).toBe(201);
    const note = `gecorrigeerd op ${dutchDateOf(new Date())} door Petra Jansen`;
    const pdf = await server.api(`${base}/1/pdf`, { cookie: chair });
    const text = textOfPdf(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain(`${FIXED} (${note}: typefout)`);
    expect(text).toContain(`Aanwezig (${note})`);
    expect(text).not.toContain(TYPO);
    const docx = await server.api(`${base}/1/docx`, { cookie: chair });
    expect(xmlOfDocx(Buffer.from(await docx.arrayBuffer()))).toContain(`${FIXED} (${note}`);
  });

  it("tells the chair that the latest verslag version lacks a correction until a new one is fixed", async () => {
    await holdOverleg();
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    const overview = async (cookie = chair) =>
      (await (await server.api(base, { cookie })).json()) as VerslagOverview;
    expect((await overview()).recordChangedSince).toBeNull();
    const fixed = { version: 1, samenvatting: "Goed overleg." };
    expect((await server.api(base, { cookie: chair, body: fixed })).status).toBe(201);
    expect(await overview()).toMatchObject({
      recordChangedSince: null,
      latestSamenvatting: "Goed overleg.",
    });

    expect((await correct(fixTypo)).status).toBe(204);
    expect((await overview()).recordChangedSince).toBe(1);
    expect(await overview(await server.login("dn.devries"))).toMatchObject({
      recordChangedSince: null,
      latestSamenvatting: null,
    });

    expect((await server.api(base, { cookie: chair, body: { version: 2 } })).status).toBe(201);
    expect((await overview()).recordChangedSince).toBeNull();
    // An action the plan gained after the overleg does not make a version behind.
    await addBakkerAction(server, sockets, chair, overleg.caseA, {
      id: "act_na_afloop",
      text: "Na afloop toegevoegd",
    });
    const later = await pollUntil(
      () => overview(),
      (o) => JSON.stringify(o.draft).includes("Na afloop toegevoegd"),
      "the concept lists the new action",
    );
    expect(later.recordChangedSince).toBeNull();
    // Nor does a name someone goes by since.
    const renamed = await changeAccount(
      server,
      await server.login("beheer"),
      demoUser(server, "cr.bakker").id,
      { displayName: "Carlos Bakker-Duin" },
    );
    expect(renamed.status).toBe(200);
    expect(JSON.stringify((await overview()).draft)).toContain("Carlos Bakker-Duin");
    expect((await overview()).recordChangedSince).toBeNull();
    expect((await correct(bakkerPresent())).status).toBe(204);
    expect((await overview()).recordChangedSince).toBe(2);
  });

  it("is audited as a change of the overleg naming ids only, never the text or the reason", async () => {
    await holdOverleg();
    expect((await correct(fixTypo)).status).toBe(204);

    const entries = await readAuditTrail(server, `caseId=${overleg.caseA}&action=meeting.update`);
    const entry = entries.find((e) => e.detail?.correction === "besluit");
    expect(entry).toMatchObject({
      outcome: "allowed",
      targetId: overleg.id,
      detail: { slotId: overleg.slotA, besluitId: "besluit-1", reason: true },
    });
    expect(JSON.stringify(entry)).not.toContain("wijkag");
    expect(JSON.stringify(entry)).not.toContain("typefout");
  });

  it("refuses a correction of a besluit that changed since the chair's page showed it, changing nothing", async () => {
    await holdOverleg();
    expect((await correct(fixTypo)).status).toBe(204);

    // A second window still showed the typo.
    const stale = await correct({ ...fixTypo, text: `${TYPO}!` });

    expect(stale.status).toBe(409);
    expect(await messageOf(stale)).toContain("intussen gewijzigd");
    expect((await slotRecord()).besluiten[0]?.text).toBe(FIXED);
  });

  it("tells the chair until when they may correct, and nobody else", async () => {
    await holdOverleg();
    const slotView = async (cookie: string) =>
      (await (
        await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}`, { cookie })
      ).json()) as SlotCaseView;
    const endedAt = Date.parse(server.store.meetings.get(overleg.id)?.endedAt ?? "");

    expect((await slotView(chair)).correctableUntil).toBe(
      new Date(endedAt + MEETING_CORRECTION_WINDOW_DAYS * DAY).toISOString(),
    );
    expect((await slotView(await server.login("dn.devries"))).correctableUntil).toBeNull();
  });

  it("lets no one but the chair correct, and hides the slot from who was not invited", async () => {
    await holdOverleg();

    const devries = await correct(fixTypo, await server.login("dn.devries"));
    const smit = await correct(fixTypo, await server.login("dn.smit"));

    expect(devries.status).toBe(403);
    expect(smit.status).toBe(404);
    expect((await slotRecord()).besluiten[0]?.text).toBe(TYPO);
  });

  it("corrects nothing while the overleg runs: the chair records in the room then", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });

    const res = await correct({
      kind: "aanwezigheid",
      userId: demoUser(server, "cr.bakker").id,
      previousStatus: null,
      status: "aanwezig",
    });

    expect(res.status).toBe(409);
    expect(await messageOf(res)).toContain("nog niet afgerond");
  });

  it("refuses a correction once the correction window has passed", async () => {
    await holdOverleg();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (MEETING_CORRECTION_WINDOW_DAYS + 1) * DAY);
    chair = await server.login("pr.jansen");

    const res = await correct(fixTypo);

    expect(res.status).toBe(409);
    expect(await messageOf(res)).toBe(
      `De termijn om dit overleg te corrigeren is verstreken: dat kan tot ${MEETING_CORRECTION_WINDOW_DAYS} dagen na afloop. Leg de wijziging vast in het volgende overleg.`,
    );
    expect((await slotRecord()).besluiten[0]?.text).toBe(TYPO);
  });

  it("withdraws a besluit with a reason: open pages show it withdrawn, the verslag prints it as withdrawn, the audit names ids only", async () => {
    await holdOverleg();
    const devries = sockets.open(await server.login("dn.devries"), `meeting/${overleg.slotA}`);
    await eventually(() => devries.provider.synced, "the participant's page is synced");
    const withdrawal: SlotCorrectionInput = {
      kind: "besluitIntrekking",
      besluitId: "besluit-1",
      previousText: TYPO,
      reason: "bij de verkeerde casus vastgelegd",
    };

    expect((await correct(withdrawal)).status).toBe(204);

    await eventually(
      () => readMeeting(devries.doc).value.besluiten[0]?.withdrawnBy !== undefined,
      "the withdrawal reaches the open page without a reload",
    );
    expect(readMeeting(devries.doc).value.besluiten[0]).toMatchObject({
      text: TYPO,
      withdrawalAfterEnd: {
        by: demoUser(server, "pr.jansen").id,
        reason: "bij de verkeerde casus vastgelegd",
      },
    });
    const again = await correct(withdrawal);
    expect(again.status).toBe(409);
    expect(await messageOf(again)).toContain("ingetrokken");

    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    expect((await server.api(base, { cookie: chair, body: { version: 1 } })).status).toBe(201);
    const pdf = await server.api(`${base}/1/pdf`, { cookie: chair });
    expect(textOfPdf(Buffer.from(await pdf.arrayBuffer()))).toContain(
      `INGETROKKEN: ${TYPO} (ingetrokken op ${dutchDateOf(new Date())} door Petra Jansen: bij de verkeerde casus vastgelegd)`,
    );

    const entries = await readAuditTrail(server, `caseId=${overleg.caseA}&action=meeting.update`);
    const entry = entries.find((e) => e.detail?.correction === "besluitIntrekking");
    expect(entry).toMatchObject({
      outcome: "allowed",
      detail: { slotId: overleg.slotA, besluitId: "besluit-1", reason: true },
    });
    expect(JSON.stringify(entry)).not.toContain("wijkag");
    expect(JSON.stringify(entry)).not.toContain("verkeerde casus");
  });

  it("refuses a withdrawal without a reason, or of a besluit changed since, withdrawing nothing", async () => {
    await holdOverleg();
    const withdrawal: SlotCorrectionInput = {
      kind: "besluitIntrekking",
      besluitId: "besluit-1",
      previousText: TYPO,
      reason: "  ",
    };

    const blank = await correct(withdrawal);
    expect(blank.status).toBe(400);
    expect(await messageOf(blank)).toContain("reden");
    expect((await correct(fixTypo)).status).toBe(204);
    const stale = await correct({ ...withdrawal, reason: "vergissing" });
    expect(stale.status).toBe(409);
    expect(await messageOf(stale)).toContain("intussen gewijzigd");
    expect((await slotRecord()).besluiten[0]?.withdrawnBy).toBeUndefined();
  });

  it("refuses an attendance correction for someone not at the slot, naming the field", async () => {
    await holdOverleg();

    const res = await correct({
      kind: "aanwezigheid",
      userId: demoUser(server, "dn.smit").id,
      previousStatus: null,
      status: "aanwezig",
    });

    expect(res.status).toBe(400);
    expect(await messageOf(res)).toContain('"Gebruiker"');
  });
});

function textOfPdf(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "verslag-"));
  writeFileSync(join(dir, "v.pdf"), bytes);
  return execFileSync("pdftotext", [join(dir, "v.pdf"), "-"], { encoding: "utf8" }).replace(
    /\s+/g,
    " ",
  );
}

function xmlOfDocx(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "verslag-"));
  writeFileSync(join(dir, "v.docx"), bytes);
  return execFileSync("unzip", ["-p", join(dir, "v.docx"), "word/document.xml"], {
    encoding: "utf8",
  });
}
