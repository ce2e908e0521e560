import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { AFSCHALING_CRITERIA } from "../../../shared/api/meetings.js";
import type { Report } from "../../../shared/api/reports.js";
import {
  RETENTION_PREVIEW_PATH,
  RETENTION_SETTING_PATH,
  retentionExtensionPath,
  retentionWithdrawalPath,
} from "../../../shared/api/retention.js";
import { addMonths } from "../../../shared/domain/dates.js";
import { addBesluit, readMeeting } from "../../../shared/docs/meetingDoc.js";
import { insertActionItem } from "../../../shared/docs/planDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { caseDocName } from "../../../shared/wire/docNames.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { STORE_FILE } from "../../../server/store/openStore.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { filesContaining } from "../../support/dataFiles.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { eventually, Sockets } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "../meetings/meetingSupport.js";

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

const today = () => dutchDate(new Date());
/** Noon (Dutch time, roughly) on a yyyy-mm-dd date: the job's clock on that day. */
const onDay = (date: string) => new Date(`${date}T11:00:00Z`);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T11:00:00Z`) + 86_400_000);

async function detail(caseId: string, cookie = chair): Promise<CaseDetail> {
  const res = await server.api(`/api/cases/${caseId}`, { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as CaseDetail;
}

/** Closes Demo casus A from the demo overleg: afschaling with every criterion met, then gesloten. */
async function closeCaseA(): Promise<void> {
  const phase = (body: object) =>
    server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/phase`, { cookie: chair, body });
  await phase({
    to: "afschaling",
    criteriaMet: [...AFSCHALING_CRITERIA],
    handedBackTo: "Sociaal wijkteam Westerduin",
  });
  expect((await phase({ to: "gesloten" })).status).toBe(200);
}

/** Closes Demo casus B by a triage decision (an advies only). */
async function closeCaseB(): Promise<void> {
  const res = await server.api(`/api/cases/${overleg.caseB}/triage-besluit`, {
    cookie: chair,
    body: { besluit: "advies", toelichting: "Advies aan het sociaal wijkteam gegeven." },
  });
  expect(res.status).toBe(200);
}

/** Closes Demo casus B and extends its retention, as the chair, six months past its period. */
async function closeAndExtendCaseB(): Promise<void> {
  await closeCaseB();
  const base = (await detail(overleg.caseB)).bewaartermijn?.bewaardTot ?? "";
  const extended = await server.api(retentionExtensionPath(overleg.caseB), {
    cookie: chair,
    body: { tot: addMonths(base, 6), reden: "Lopend strafrechtelijk onderzoek." },
  });
  expect(extended.status).toBe(200);
}

async function report(): Promise<Report> {
  const res = await server.api(`/api/reports?from=${addMonths(today(), -48)}&to=${today()}`, {
    cookie: chair,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Report;
}

describe("the retention of closed cases", () => {
  it("destroys a closed case the day after its retention ends: records, documents, verslagen, actions and their notes, sockets", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    // The slot's document holds a besluit, and the slot gets a fixed verslag.
    const slot = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(() => slot.provider.synced, "slot synced");
    addBesluit(slot.doc, {
      id: "besluit-1",
      agendaItemId: overleg.slotA,
      text: "Huisbezoek binnen twee weken",
      recordedBy: server.store.users.findByUsername("pr.jansen")?.id ?? "",
      recordedAt: new Date().toISOString(),
    });
    const check = sockets.open(chair, `meeting/${overleg.slotA}`);
    await eventually(() => readMeeting(check.doc).value.besluiten.length > 0, "besluit stored");
    const frozen = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`, {
      cookie: chair,
      body: { samenvatting: "Goed overleg.", version: 1 },
    });
    expect(frozen.status).toBe(201);
    expect(server.store.verslagen.latestOfCase(overleg.caseA)).toHaveLength(1);
    // The chair began the samenvatting of a next version.
    const concept = await server.api(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag/samenvatting`,
      { method: "PUT", cookie: chair, body: { samenvatting: "Begonnen samenvatting", version: 2 } },
    );
    expect(concept.status).toBe(200);
    // The plan holds an action, which the index tracks in its own file.
    const reader = sockets.open(chair, caseDocName(overleg.caseA, "plan"));
    await eventually(() => reader.provider.synced, "plan synced");
    insertActionItem(reader.doc, {
      id: "actie-1",
      text: "Aanmelden bij schuldhulpverlening",
      organisationId: server.store.users.findByUsername("dn.smit")?.organisationId ?? "",
      responsible: "Noor Smit",
      dueDate: "2030-01-31",
      status: "open",
      kind: "zorg",
    });
    const actionFile = join(server.dataDir, "actions", "cases", `${overleg.caseA}.json`);
    await eventually(() => existsSync(actionFile), "action indexed");
    // A progress note on it, kept in the metadata store.
    const note = await server.api(
      `/api/actions/${encodeURIComponent(`${overleg.caseA}~actie-1`)}/voortgang`,
      { cookie: chair, body: { voortgang: "Intake bij schuldhulp staat gepland" } },
    );
    expect(note.status).toBe(201);
    // A follow-up overleg is named after the case.
    const followUp = await server.api(
      `/api/meetings/${overleg.id}/slots/${overleg.slotA}/follow-up`,
      { cookie: chair, body: { date: "2030-02-05", time: "13:00" } },
    );
    expect(followUp.status).toBe(201);
    await closeCaseA();
    const closed = await detail(overleg.caseA);
    expect(closed.bewaartermijn).toMatchObject({
      geslotenOp: today(),
      bewaardTot: addMonths(today(), 24),
      verlengingen: [],
      mayExtend: true,
      wachtOpBevestiging: false,
    });
    const persons = closed.betrokkenen.map((b) => b.id);
    const before = await report();

    const docsDir = join(server.dataDir, "docs");
    expect(existsSync(join(docsDir, "case", overleg.caseA))).toBe(true);
    expect(existsSync(join(docsDir, "meeting", overleg.slotA))).toBe(true);

    // The overleg's page is open: it is told when the agenda changes.
    const overlegPage = sockets.open(chair, `meeting/${overleg.id}`);
    await eventually(() => overlegPage.provider.synced, "overleg page synced");
    const revisionBefore = server.store.meetings.get(overleg.id)?.planRevision ?? 0;

    // On its last day it is still kept.
    const lastDay = closed.bewaartermijn?.bewaardTot ?? "";
    expect(await server.retention.runOnce(onDay(lastDay))).toBe(0);
    expect(server.store.cases.get(overleg.caseA)).toBeDefined();

    expect(await server.retention.runOnce(dayAfter(lastDay))).toBe(1);
    await eventually(() => reader.closeCodes.includes(CloseCode.Forbidden), "socket closed");
    expect((await server.api(`/api/cases/${overleg.caseA}`, { cookie: chair })).status).toBe(404);
    expect(server.store.cases.get(overleg.caseA)).toBeUndefined();
    expect(server.store.cases.phaseHistory(overleg.caseA)).toEqual([]);
    expect(server.store.verslagen.latestOfCase(overleg.caseA)).toEqual([]);
    await server.store.flush();
    const stored = await readFile(join(server.dataDir, STORE_FILE), "utf8");
    expect(stored).not.toContain("Begonnen samenvatting");
    expect(existsSync(join(docsDir, "case", overleg.caseA))).toBe(false);
    expect(existsSync(join(docsDir, "meeting", overleg.slotA))).toBe(false);
    expect(existsSync(actionFile)).toBe(false);
    // The agenda keeps the slot, without the case, its title or its guests.
    const agendaSlot = server.store.meetings.findSlot(overleg.slotA)?.slot;
    const { id: followUpId } = (await followUp.json()) as { id: string };
    expect(server.store.meetings.get(followUpId)?.title).toBe("Vervolgoverleg: Verwijderde casus");
    expect(agendaSlot).toMatchObject({ title: "Verwijderde casus", invitees: [] });
    expect(agendaSlot?.caseId).toBeUndefined();
    expect(server.store.meetings.get(overleg.id)?.planRevision).toBe(revisionBefore + 1);
    await eventually(
      () => readMeeting(overlegPage.doc).value.planRevision === revisionBefore + 1,
      "the overleg page told to load the agenda again",
    );
    // Nothing of it is left in any file outside the audit trail (which holds ids only).
    await server.store.flush();
    const person = closed.betrokkenen[0];
    const traces = [
      overleg.caseA,
      closed.title,
      person?.naam ?? "",
      person?.bsn ?? "",
      closed.aanmelding?.reden ?? "",
      "Huisbezoek binnen twee weken",
      "Aanmelden bij schuldhulpverlening",
      "Intake bij schuldhulp staat gepland",
    ].filter((trace) => trace !== "");
    expect(traces.length).toBeGreaterThanOrEqual(7);
    const leftovers = await filesContaining(server.dataDir, traces, ["audit"]);
    expect(leftovers).toEqual([]);

    // The trail says that it was destroyed, by the system, and whose data it held.
    const purge = (await readAuditTrail(server, "action=case.purge")).at(-1);
    expect(purge).toMatchObject({
      action: "case.purge",
      actor: { kind: "system", component: "retention" },
      caseId: overleg.caseA,
      subjectIds: persons,
      detail: { closedOn: today(), keptUntil: lastDay, extensions: 0 },
    });
    // Reports of the past still count it.
    expect(await report()).toEqual(before);
  });

  it("keeps a case a procesregisseur extended until the new date, with the reason on the case page", async () => {
    await closeCaseB();
    const base = (await detail(overleg.caseB)).bewaartermijn?.bewaardTot ?? "";
    expect(base).toBe(addMonths(today(), 24));
    const extend = (body: object, cookie = chair) =>
      server.api(retentionExtensionPath(overleg.caseB), { cookie, body });

    expect((await extend({ tot: base, reden: "Lopend strafrechtelijk onderzoek." })).status).toBe(
      409,
    );
    expect((await extend({ tot: addMonths(base, 6), reden: "Kort" })).status).toBe(400);
    expect(
      (await extend({ tot: "2026-02-30", reden: "Lopend strafrechtelijk onderzoek." })).status,
    ).toBe(400);
    expect(
      (await extend({ tot: addMonths(today(), 121), reden: "Lopend strafrechtelijk onderzoek." }))
        .status,
    ).toBe(400);

    const until = addMonths(base, 6) ?? "";
    const res = await extend({ tot: until, reden: "Lopend strafrechtelijk onderzoek." });
    expect(res.status).toBe(200);
    const extended = ((await res.json()) as CaseDetail).bewaartermijn;
    expect(extended?.bewaardTot).toBe(until);
    expect(extended?.verlengingen).toEqual([
      {
        tot: until,
        reden: "Lopend strafrechtelijk onderzoek.",
        door: "Petra Jansen",
        organisatie: expect.any(String) as string,
        op: expect.any(String) as string,
        ingetrokken: null,
      },
    ]);
    const audited = (await readAuditTrail(server, "action=case.retention_extend")).at(-1);
    expect(audited).toMatchObject({ caseId: overleg.caseB, detail: { until } });
    expect(JSON.stringify(audited)).not.toContain("strafrechtelijk");

    expect(await server.retention.runOnce(dayAfter(base))).toBe(0);
    expect(server.store.cases.get(overleg.caseB)).toBeDefined();
    expect(server.store.cases.get(overleg.caseB)).toBeDefined();
    expect(await server.retention.runOnce(dayAfter(until))).toBe(1);
    expect(server.store.cases.get(overleg.caseB)).toBeUndefined();
  });

  it("does not bring back a case whose retention already ended", async () => {
    await closeCaseB();
    // Decided three years ago: its 24 months have passed, and the job destroys it next run.
    const decision = server.store.cases.get(overleg.caseB)?.triageBesluiten?.at(-1);
    if (!decision) throw new Error("no decision");
    decision.computedAt = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
    const res = await server.api(retentionExtensionPath(overleg.caseB), {
      cookie: chair,
      body: { tot: addMonths(today(), 12), reden: "Lopend strafrechtelijk onderzoek." },
    });
    expect(res.status).toBe(409);
    expect(await server.retention.runOnce(new Date())).toBe(1);
  });

  it("lets only a procesregisseur of the region extend, and only a closed case", async () => {
    const reden = "Lopend strafrechtelijk onderzoek.";
    const tot = addMonths(today(), 30);
    expect(
      (
        await server.api(retentionExtensionPath(overleg.caseB), {
          cookie: chair,
          body: { tot, reden },
        })
      ).status,
    ).toBe(409);
    await closeCaseB();
    const partner = await server.login("dn.smit");
    const seen = await detail(overleg.caseB, partner);
    expect(seen.bewaartermijn?.mayExtend).toBe(false);
    const refused = await server.api(retentionExtensionPath(overleg.caseB), {
      cookie: partner,
      body: { tot, reden },
    });
    expect(refused.status).toBe(403);
    const denied = (await readAuditTrail(server, "action=case.retention_extend")).at(-1);
    expect(denied).toMatchObject({ outcome: "denied", caseId: overleg.caseB });
    const beheer = await server.login("beheer");
    expect(
      (
        await server.api(retentionExtensionPath(overleg.caseB), {
          cookie: beheer,
          body: { tot, reden },
        })
      ).status,
    ).toBe(404);
  });

  it("lets a procesregisseur withdraw the latest extension: the case is kept until the day before it counted, the extension stays on record", async () => {
    await closeCaseB();
    const base = (await detail(overleg.caseB)).bewaartermijn?.bewaardTot ?? "";
    const reden = "Lopend strafrechtelijk onderzoek.";
    const first = addMonths(base, 6) ?? "";
    const second = addMonths(base, 12) ?? "";
    for (const tot of [first, second]) {
      const res = await server.api(retentionExtensionPath(overleg.caseB), {
        cookie: chair,
        body: { tot, reden },
      });
      expect(res.status).toBe(200);
    }
    const withdraw = (body: object, cookie = chair) =>
      server.api(retentionWithdrawalPath(overleg.caseB), { cookie, body });
    expect((await detail(overleg.caseB)).bewaartermijn?.intrekken).toEqual({
      verlenging: 1,
      bewaardTot: first,
      verstreken: false,
    });

    // Only the latest one still standing: a page showing an older state withdraws nothing else.
    expect((await withdraw({ verlenging: 0 })).status).toBe(409);
    expect((await withdraw({ verlenging: "1" })).status).toBe(400);
    const res = await withdraw({ verlenging: 1 });
    expect(res.status).toBe(200);
    const after = ((await res.json()) as CaseDetail).bewaartermijn;
    expect(after?.bewaardTot).toBe(first);
    expect(after?.verlengingen.map((v) => [v.tot, v.ingetrokken?.door ?? null])).toEqual([
      [first, null],
      [second, "Petra Jansen"],
    ]);
    expect(after?.intrekken).toEqual({ verlenging: 0, bewaardTot: base, verstreken: false });
    expect((await withdraw({ verlenging: 1 })).status).toBe(409);

    const audited = (await readAuditTrail(server, "action=case.retention_withdraw")).at(-1);
    expect(audited).toMatchObject({
      outcome: "allowed",
      caseId: overleg.caseB,
      detail: { withdrawn: second, until: first },
    });
    expect(JSON.stringify(audited)).not.toContain("strafrechtelijk");

    // Kept until the first extension's day, no longer: the withdrawn one counts no more.
    expect(await server.retention.runOnce(dayAfter(first))).toBe(1);
    expect(server.store.cases.get(overleg.caseB)).toBeUndefined();
    const purged = (await readAuditTrail(server, "action=case.purge")).at(-1);
    expect(purged).toMatchObject({ detail: { keptUntil: first, extensions: 1, withdrawn: 1 } });
  });

  it("destroys a case whose retention a withdrawal ends at the next daily run, only once that was confirmed", async () => {
    await closeAndExtendCaseB();
    // Decided three years ago: without its extension, its 24 months have passed.
    const decision = server.store.cases.get(overleg.caseB)?.triageBesluiten?.at(-1);
    if (!decision) throw new Error("no decision");
    decision.computedAt = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
    const preview = (await detail(overleg.caseB)).bewaartermijn?.intrekken;
    expect(preview).toMatchObject({ verlenging: 0, verstreken: true });
    expect(await server.retention.runOnce(new Date())).toBe(0);

    const withdraw = (body: object) =>
      server.api(retentionWithdrawalPath(overleg.caseB), { cookie: chair, body });
    const unconfirmed = await withdraw({ verlenging: 0 });
    expect(unconfirmed.status).toBe(409);
    expect(await unconfirmed.text()).toContain("Bevestig dat eerst");
    expect(await server.retention.runOnce(new Date())).toBe(0);
    expect((await withdraw({ verlenging: 0, bevestigVernietiging: true })).status).toBe(200);
    const audited = (await readAuditTrail(server, "action=case.retention_withdraw")).at(-1);
    expect(audited).toMatchObject({ caseId: overleg.caseB, detail: { due: true } });
    // Passed: the page says so, and offers neither an extension nor another withdrawal.
    const passed = (await detail(overleg.caseB)).bewaartermijn;
    expect(passed).toMatchObject({ verstreken: true, mayExtend: false, intrekken: null });
    expect(await server.retention.runOnce(new Date())).toBe(1);
    expect(server.store.cases.get(overleg.caseB)).toBeUndefined();
  });

  it("lets no partner or beheerder withdraw an extension, and audits the refusal", async () => {
    await closeAndExtendCaseB();
    const partner = await server.login("dn.smit");
    expect((await detail(overleg.caseB, partner)).bewaartermijn?.intrekken).toBeNull();
    const refused = await server.api(retentionWithdrawalPath(overleg.caseB), {
      cookie: partner,
      body: { verlenging: 0 },
    });
    expect(refused.status).toBe(403);
    const denied = (await readAuditTrail(server, "action=case.retention_withdraw")).at(-1);
    expect(denied).toMatchObject({ outcome: "denied", caseId: overleg.caseB });
    const beheer = await server.login("beheer");
    const hidden = await server.api(retentionWithdrawalPath(overleg.caseB), {
      cookie: beheer,
      body: { verlenging: 0 },
    });
    expect(hidden.status).toBe(404);
    expect((await detail(overleg.caseB)).bewaartermijn?.verlengingen[0]?.ingetrokken).toBeNull();
  });

  it("lets the beheerder set the period, which moves the date of every closed case", async () => {
    const beheer = await server.login("beheer");
    const setting = await server.api(RETENTION_SETTING_PATH, { cookie: beheer });
    expect(await setting.json()).toEqual({ maanden: 24, bevestigd: true });
    const put = (body: unknown, cookie = beheer) =>
      server.api(RETENTION_SETTING_PATH, { method: "PUT", cookie, body });
    expect((await put({ maanden: 0 })).status).toBe(400);
    expect((await put({ maanden: 121 })).status).toBe(400);
    expect((await put({ maanden: "zes" })).status).toBe(400);
    expect((await put({ maanden: 6 }, chair)).status).toBe(403);
    expect((await server.api(RETENTION_SETTING_PATH, { cookie: chair })).status).toBe(403);
    const changed = await put({ maanden: 6 });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ maanden: 6, bevestigd: true });

    await closeCaseB();
    expect((await detail(overleg.caseB)).bewaartermijn?.bewaardTot).toBe(addMonths(today(), 6));
    const audited = await readAuditTrail(server, "action=settings.retention");
    expect(audited.map((e) => [e.outcome, e.detail])).toEqual([
      ["denied", undefined],
      ["allowed", { months: 6, before: 24 }],
    ]);
  });

  it("destroys nothing in a store upgraded from before retention until the beheerder confirms the period", async () => {
    await closeCaseB();
    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    // As written by a version without retention, with case B decided three years ago.
    const file = join(dataDir, STORE_FILE);
    const stored = JSON.parse(await readFile(file, "utf8")) as {
      settings?: unknown;
      cases: { id: string; triageBesluiten?: { computedAt: string }[] }[];
    };
    delete stored.settings;
    const decision = stored.cases.find((c) => c.id === overleg.caseB)?.triageBesluiten?.at(-1);
    if (!decision) throw new Error("no decision");
    decision.computedAt = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString();
    await writeFile(file, JSON.stringify(stored));

    server = await startTestServer({}, dataDir);
    chair = await server.login("pr.jansen");
    // The job ran at start and destroyed nothing, though the default period has passed.
    expect(await server.retention.runOnce(new Date())).toBe(0);
    expect(server.store.cases.get(overleg.caseB)).toBeDefined();
    expect((await detail(overleg.caseB)).bewaartermijn?.wachtOpBevestiging).toBe(true);
    const beheer = await server.login("beheer");
    const setting = await server.api(RETENTION_SETTING_PATH, { cookie: beheer });
    expect(await setting.json()).toEqual({ maanden: 24, bevestigd: false });

    // Confirming destroys case B: the beheerder is told how many first, and must confirm that.
    const preview = await server.api(`${RETENTION_PREVIEW_PATH}?maanden=24`, { cookie: beheer });
    expect(await preview.json()).toEqual({ maanden: 24, teVernietigen: 1 });
    expect(
      (await server.api(`${RETENTION_PREVIEW_PATH}?maanden=0`, { cookie: beheer })).status,
    ).toBe(400);
    expect(
      (await server.api(`${RETENTION_PREVIEW_PATH}?maanden=24`, { cookie: chair })).status,
    ).toBe(403);
    const put = (body: unknown) =>
      server.api(RETENTION_SETTING_PATH, { method: "PUT", cookie: beheer, body });
    for (const body of [{ maanden: 24 }, { maanden: 24, teVernietigen: 0 }]) {
      const refused = await put(body);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
        "Met een bewaartermijn van 24 maanden wordt 1 gesloten casus bij de eerstvolgende dagelijkse ronde vernietigd. Bevestig dat eerst.",
      );
    }
    expect(server.store.retention.confirmed).toBe(false);
    const confirmed = await put({ maanden: 24, teVernietigen: 1 });
    expect(await confirmed.json()).toEqual({ maanden: 24, bevestigd: true });
    const audited = (await readAuditTrail(server, "action=settings.retention")).at(-1);
    expect(audited?.detail).toEqual({ months: 24, before: 24, confirmed: true, destroys: 1 });
    expect(await server.retention.runOnce(new Date())).toBe(1);
    expect(server.store.cases.get(overleg.caseB)).toBeUndefined();
  });

  it("finishes a destruction a crash interrupted, and the case stays gone after a restart", async () => {
    // Its plan is seeded and stored, so the case has files on disk.
    const plan = await server.collab.openDocument(caseDocName(overleg.caseB, "plan"));
    plan.release();
    await eventually(
      () => existsSync(join(server.dataDir, "docs", "case", overleg.caseB, "plan")),
      "plan stored",
    );
    await closeCaseB();
    const kept = (await detail(overleg.caseB)).bewaartermijn?.bewaardTot ?? "";
    const c = server.store.cases.get(overleg.caseB);
    if (!c) throw new Error("case B missing");
    // Marked, as the job does before it removes anything: from then on nobody sees the case.
    await server.store.cases.markDestroying(c.id, new Date().toISOString(), {
      regio: c.regio,
      case: {
        kind: c.kind,
        phase: c.phase,
        registered: null,
        oordeel: "open",
        besluit: "advies",
        decidedOn: null,
        closedOn: null,
      },
      actions: [],
    });
    expect((await server.api(`/api/cases/${c.id}`, { cookie: chair })).status).toBe(404);
    const list = (await (await server.api("/api/cases", { cookie: chair })).json()) as {
      cases: { id: string }[];
    };
    expect(list.cases.map((x) => x.id)).not.toContain(c.id);

    const dataDir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dataDir);
    // The job's first run at start finished it, before its retention would have ended.
    expect(kept > today()).toBe(true);
    expect(server.store.cases.get(c.id)).toBeUndefined();
    expect(existsSync(join(dataDir, "docs", "case", c.id))).toBe(false);
  });
});
