/**
 * NEN 7513 over HTTP: refused attempts on case and meeting data are in the audit trail like
 * granted ones, and so are reads of action data, always by id and never with names or BSNs.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseActions } from "../../../shared/api/actions.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { demoOverleg, type DemoOverleg } from "../meetings/meetingSupport.js";

let server: TestServer;
let chair: string;
let overleg: DemoOverleg;
let caseC: string;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  overleg = await demoOverleg(server, chair);
  caseC = await caseIdByTitle(server, chair, "Demo casus C");
});
afterEach(async () => server.stop());

/** Every audit entry, read back through the API as the beheerder. */
function trail(): Promise<AuditEntry[]> {
  return readAuditTrail(server);
}

/** The audit entries of one user, denied ones only. */
async function refusalsOf(username: string): Promise<AuditEntry[]> {
  return (await trail()).filter(
    (e) => e.outcome === "denied" && e.actor.kind === "user" && e.actor.username === username,
  );
}

/** The betrokkene ids of a case (whose data a refused attempt was after). */
function subjectsOf(caseId: string): string[] {
  return server.store.cases.get(caseId)?.betrokkenen.map((b) => b.id) ?? [];
}

/** The raw text of every audit file. */
async function auditFiles(): Promise<string> {
  await server.stop({ keepData: true });
  const dir = join(server.dataDir, "audit");
  const text = (
    await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), "utf8")))
  ).join();
  server = await startTestServer({}, server.dataDir);
  return text;
}

describe("refused HTTP access in the audit trail", () => {
  it("records another user's refused case read as denied, with the case and its persons concerned", async () => {
    const devries = await server.login("dn.devries");
    expect((await server.api(`/api/cases/${overleg.caseB}`, { cookie: devries })).status).toBe(404);

    const [refusal, ...more] = await refusalsOf("dn.devries");
    expect(more).toEqual([]);
    expect(refusal).toMatchObject({
      action: "case.view",
      outcome: "denied",
      actor: { kind: "user", username: "dn.devries", role: "deelnemer" },
      caseId: overleg.caseB,
      subjectIds: subjectsOf(overleg.caseB),
      detail: { status: 404, route: "/api/cases/:id" },
    });
  });

  it("records a request for an unknown case without the id that was asked for", async () => {
    const devries = await server.login("dn.devries");
    const res = await server.api("/api/cases/Zandvoort-111222333", { cookie: devries });
    expect(res.status).toBe(404);

    const [refusal] = await refusalsOf("dn.devries");
    expect(refusal).toMatchObject({ action: "case.view", subjectIds: [] });
    expect(refusal?.caseId).toBeUndefined();
    expect(await auditFiles()).not.toContain("Zandvoort");
  });

  it("records refused reads of another case's actions and open actions", async () => {
    const devries = await server.login("dn.devries");
    for (const path of ["actions", "open-actions"]) {
      const res = await server.api(`/api/cases/${overleg.caseB}/${path}`, { cookie: devries });
      expect(res.status).toBe(404);
    }

    const refusals = await refusalsOf("dn.devries");
    expect(refusals.map((e) => [e.action, e.caseId, e.detail?.route])).toEqual([
      ["action.view", overleg.caseB, "/api/cases/:id/actions"],
      ["action.view", overleg.caseB, "/api/cases/:id/open-actions"],
    ]);
  });

  it("records an overleg and a slot someone may not see, naming the slot's case", async () => {
    const beheer = await server.login("beheer");
    expect((await server.api(`/api/meetings/${overleg.id}`, { cookie: beheer })).status).toBe(404);
    const bakker = await server.login("cr.bakker");
    const slot = await server.api(`/api/meetings/${overleg.id}/slots/${overleg.slotB}`, {
      cookie: bakker,
    });
    expect(slot.status).toBe(404);

    expect(await refusalsOf("beheer")).toMatchObject([
      { action: "meeting.view", targetId: overleg.id, detail: { status: 404 } },
    ]);
    expect(await refusalsOf("cr.bakker")).toMatchObject([
      {
        action: "meeting.view",
        targetId: overleg.id,
        caseId: overleg.caseB,
        subjectIds: subjectsOf(overleg.caseB),
        detail: { status: 404, route: "/api/meetings/:id/slots/:slotId" },
      },
    ]);
  });

  it("records a refused verslag download", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    const base = `/api/meetings/${overleg.id}/slots/${overleg.slotA}/verslag`;
    expect((await server.api(base, { cookie: chair, body: { version: 1 } })).status).toBe(201);
    // dn.devries is invited to case A but was not marked present (and is not its casusregisseur).
    const devries = await server.login("dn.devries");
    expect((await server.api(`${base}/1/pdf`, { cookie: devries })).status).toBe(403);

    expect(await refusalsOf("dn.devries")).toMatchObject([
      { action: "verslag.export", targetId: overleg.id, caseId: overleg.caseA },
    ]);
  });

  it("records chair-only steps tried by someone who does not chair the overleg", async () => {
    await server.api(`/api/meetings/${overleg.id}/start`, { cookie: chair, body: {} });
    const smit = await server.login("dn.smit");
    const slotB = `/api/meetings/${overleg.id}/slots/${overleg.slotB}`;
    const attempts: [string, unknown][] = [
      [`${slotB}/phase`, { to: "uitvoering" }],
      [`${slotB}/verslag`, { version: 1 }],
      [`${slotB}/follow-up`, { date: "2099-01-06", time: "10:00", plannedMinutes: 30 }],
      [`/api/meetings/${overleg.id}/end`, {}],
    ];
    for (const [path, body] of attempts) {
      expect((await server.api(path, { cookie: smit, body })).status).toBe(403);
    }

    const refusals = await refusalsOf("dn.smit");
    expect(refusals.map((e) => [e.action, e.caseId, e.targetId])).toEqual([
      ["case.update", overleg.caseB, overleg.id],
      ["meeting.update", overleg.caseB, overleg.id],
      ["meeting.update", overleg.caseB, overleg.id],
      ["meeting.update", undefined, overleg.id],
    ]);
    expect(server.store.meetings.get(overleg.id)?.status).toBe("bezig");
  });

  it("records a refused change to another case's action, naming the action only because it exists", async () => {
    const bakker = await server.login("cr.bakker");
    const overview = (await (
      await server.api(`/api/cases/${caseC}/actions`, { cookie: bakker })
    ).json()) as CaseActions;
    const actionId = overview.actions[0]?.id ?? "";
    const devries = await server.login("dn.devries");
    const res = await server.api(`/api/actions/${encodeURIComponent(actionId)}`, {
      method: "PATCH",
      cookie: devries,
      body: { status: "afgerond" },
    });
    expect(res.status).toBe(404);

    expect(await refusalsOf("dn.devries")).toMatchObject([
      { action: "action.update", caseId: caseC, targetId: actionId },
    ]);
  });
});

describe("reads of action data in the audit trail", () => {
  it("records which cases an action list showed, so the read is found per case and per person", async () => {
    const bakker = await server.login("cr.bakker");
    expect((await server.api("/api/actions", { cookie: bakker })).status).toBe(200);

    const [read, ...more] = (await trail()).filter((e) => e.action === "action.list");
    expect(more).toEqual([]);
    expect(read).toMatchObject({ outcome: "allowed", actor: { username: "cr.bakker" } });
    expect(read?.caseIds).toContain(caseC);
    expect(read?.subjectIds).toEqual(expect.arrayContaining(subjectsOf(caseC)));
    const person = subjectsOf(caseC)[0] ?? "";
    for (const query of [`caseId=${caseC}`, `subjectId=${person}`]) {
      const found = await readAuditTrail(server, query);
      expect(found.some((e) => e.seq === read?.seq)).toBe(true);
    }
  });

  it("records which cases a case list and a page of search results showed", async () => {
    const bakker = await server.login("cr.bakker");
    expect((await server.api("/api/cases", { cookie: bakker })).status).toBe(200);
    const found = await server.api("/api/cases/search", {
      cookie: bakker,
      body: { zoekterm: "", page: 1, pageSize: 1 },
    });
    expect(found.status).toBe(200);
    const [shown] = ((await found.json()) as { items: { id: string }[] }).items;

    const entries = await trail();
    const list = entries.find((e) => e.action === "case.list");
    expect(list?.caseIds).toContain(caseC);
    expect(list?.subjectIds).toEqual(expect.arrayContaining(subjectsOf(caseC)));
    const searched = entries.find((e) => e.action === "case.search");
    expect(searched?.caseIds).toEqual([shown?.id]);
    expect(searched?.subjectIds).toEqual(subjectsOf(shown?.id ?? ""));
  });

  it("records a read of one case's actions and of its open actions", async () => {
    const bakker = await server.login("cr.bakker");
    await server.api(`/api/cases/${caseC}/actions`, { cookie: bakker });
    await server.api(`/api/cases/${caseC}/open-actions`, { cookie: bakker });

    const reads = (await trail()).filter((e) => e.action === "action.view");
    expect(reads).toMatchObject([
      { outcome: "allowed", caseId: caseC, subjectIds: subjectsOf(caseC) },
      { outcome: "allowed", caseId: caseC, detail: { open: true } },
    ]);
  });

  it("records a read of the signals, which show actions too", async () => {
    const bakker = await server.login("cr.bakker");
    expect((await server.api("/api/signals", { cookie: bakker })).status).toBe(200);

    expect((await trail()).filter((e) => e.action === "action.list")).toMatchObject([
      { outcome: "allowed", detail: { signals: true } },
    ]);
  });

  it("keeps names and BSNs out of the files", async () => {
    const bakker = await server.login("cr.bakker");
    await server.api("/api/actions", { cookie: bakker });
    await server.api(`/api/cases/${caseC}/actions`, { cookie: bakker });
    await server.api(`/api/cases/${overleg.caseB}`, { cookie: bakker });

    const text = await auditFiles();
    expect(text).toContain("action.list");
    for (const personal of ["Helmkruid", "123456782", "Duinhof", "Carlos Bakker"]) {
      expect(text).not.toContain(personal);
    }
  });
});
