import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { verifyAuditChain } from "../../../server/audit/chainCheck.js";
import { monthFilesOf, readAuditTrail } from "../../support/auditTrail.js";
import { pollUntil } from "../../support/eventually.js";
import { addParagraph } from "../../support/proseEdit.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, connectAs, eventually } from "../../support/sessionClient.js";

let server: TestServer;
let caseA: string;

beforeEach(async () => {
  server = await startTestServer({ COLLAB_UNLOAD_DELAY_MS: "50" });
  caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
});
afterEach(async () => server.stop());

/** The entries matching `query`, oldest first. */
function auditOf(query: string): Promise<AuditEntry[]> {
  return readAuditTrail(server, query);
}

describe("the audit trail", () => {
  it("records who opened, edited and left a case document, naming the persons concerned by id", async () => {
    const client = connectAs(server, await server.login("cr.bakker"), `case/${caseA}/plan`);
    await eventually(() => client.provider.synced, "synced");
    addParagraph(client.doc, "Afspraak");
    const found = await pollUntil(
      () => auditOf(`caseId=${caseA}`),
      (es) => es.some((e) => e.action === "document.edit"),
      "the edit in the audit trail",
    );
    client.destroy();
    const open = found.find((e) => e.action === "document.open");
    const edit = found.find((e) => e.action === "document.edit");
    expect(open?.actor).toMatchObject({
      kind: "user",
      username: "cr.bakker",
      role: "casusregisseur",
    });
    expect(edit?.docName).toBe(`case/${caseA}/plan`);
    const betrokkene = server.store.cases.get(caseA)?.betrokkenen[0]?.id;
    expect(edit?.subjectIds).toEqual([betrokkene]);
  });

  it("records the planning form's list of cases as a read of each case it showed", async () => {
    const res = await server.api("/api/meetings/planning-options", {
      cookie: await server.login("pr.jansen"),
    });
    expect(res.status).toBe(200);
    const entries = await auditOf(`caseId=${caseA}`);
    const read = entries.find((e) => e.targetId === "planning-options");
    expect(read).toMatchObject({ action: "meeting.view", outcome: "allowed" });
    expect(read?.caseIds).toContain(caseA);
  });

  it("records a refused planning form as denied, naming no case", async () => {
    for (const username of ["dn.devries", "beheer"]) {
      const res = await server.api("/api/meetings/planning-options", {
        cookie: await server.login(username),
      });
      expect(res.status).toBe(403);
    }
    const refused = (await readAuditTrail(server, "action=meeting.view")).filter(
      (e) => e.targetId === "planning-options" && e.outcome === "denied",
    );
    expect(refused.map((e) => (e.actor.kind === "user" ? e.actor.username : ""))).toEqual([
      "dn.devries",
      "beheer",
    ]);
    expect(refused.every((e) => e.caseIds === undefined && e.caseId === undefined)).toBe(true);
  });

  it("names the cases of an overleg when it is planned, read and changed, also those a reader saw only the title of", async () => {
    const chair = await server.login("pr.jansen");
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");
    const school = server.store.users.findByUsername("in.school")?.id ?? "";
    const when = { kind: "casusoverleg", date: "2031-06-10", time: "13:00", location: "ZVH" };
    const planned = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        ...when,
        title: "Casusoverleg",
        agenda: [{ caseId: caseA, plannedMinutes: 30, invitees: [school] }],
      },
    });
    expect(planned.status).toBe(201);
    const id = ((await planned.json()) as { ids: string[] }).ids[0] ?? "";
    expect((await server.api(`/api/meetings/${id}`, { cookie: chair })).status).toBe(200);
    // The school's guest has not signed the verklaring: the page shows them the slot title only.
    const guest = await server.login("in.school");
    expect((await server.api(`/api/meetings/${id}`, { cookie: guest })).status).toBe(200);
    // The verklaring shown to the guest holds no case data, but is a read of the overleg too.
    expect((await server.api(`/api/meetings/${id}/verklaring`, { cookie: guest })).status).toBe(
      200,
    );
    const changed = await server.api(`/api/meetings/${id}`, {
      method: "PATCH",
      cookie: chair,
      body: {
        ...when,
        title: "Casusoverleg",
        agenda: [{ caseId: caseC, plannedMinutes: 20, invitees: [] }],
      },
    });
    expect(changed.status).toBe(200);

    const [plan, chairRead, guestRead, verklaringRead, change] = (await auditOf("")).filter(
      (e) => e.targetId === id,
    );
    expect(verklaringRead).toMatchObject({
      action: "meeting.view",
      actor: { username: "in.school" },
      detail: { verklaring: true },
    });
    expect(plan).toMatchObject({ action: "meeting.update", caseIds: [caseA] });
    expect(chairRead).toMatchObject({ action: "meeting.view", caseIds: [caseA] });
    // The title is the aanmelder's free text and may name the person: the read names its case.
    expect(guestRead).toMatchObject({
      action: "meeting.view",
      actor: { username: "in.school" },
      caseIds: [caseA],
      detail: { titlesOnly: 1 },
    });
    expect(chairRead?.detail?.titlesOnly).toBeUndefined();
    // Casus A went off the agenda and casus C came on: the change touched both.
    expect(change).toMatchObject({ action: "meeting.update" });
    expect(new Set(change?.caseIds)).toEqual(new Set([caseA, caseC]));
  });

  it("records a refused document open as denied, naming a document only when it exists", async () => {
    const smit = await server.login("dn.smit");
    const client = connectAs(server, smit, `case/${caseA}/analyse`);
    await eventually(() => client.closeCodes.length > 0, "refused");
    client.destroy();
    const entries = await auditOf(`caseId=${caseA}`);
    expect(
      entries.find((e) => e.action === "document.denied" && e.outcome === "denied"),
    ).toMatchObject({ docName: `case/${caseA}/analyse` });

    // An id typed for nothing (here one that looks like a BSN) is kept neither in the trail nor
    // in the log.
    const typed = connectAs(server, smit, "case/Lekje111222333/plan");
    await eventually(() => typed.closeCodes.length > 0, "refused");
    typed.destroy();
    const denied = await auditOf("action=document.denied");
    expect(denied).toHaveLength(2);
    expect(JSON.stringify(denied)).not.toContain("Lekje111222333");
  });

  it("logs a refused document open by the kind of document, never by the id the client typed", async () => {
    const lines: string[] = [];
    const logged = await startTestServer({}, undefined, lines);
    try {
      const typed = connectAs(logged, await logged.login("dn.smit"), "case/Lekje111222333/plan");
      await eventually(() => typed.closeCodes.length > 0, "refused");
      typed.destroy();
      expect(lines.some((line) => line.includes("access refused") && line.includes('"plan"'))).toBe(
        true,
      );
      expect(lines.join("\n")).not.toContain("Lekje111222333");
    } finally {
      await logged.stop();
    }
  });

  it("lets only the beheerder read the trail, and records every attempt", async () => {
    const res = await server.api(`/api/audit?caseId=${caseA}`, {
      cookie: await server.login("pr.jansen"),
    });
    expect(res.status).toBe(403);
    const reads = (await auditOf("")).filter((e) => e.action === "audit.read");
    expect(reads.map((e) => e.outcome)).toEqual(["denied", "allowed"]);
  });

  it("keeps names, BSNs and passwords out of the files", async () => {
    await server.login("dn.devries");
    await auditOf(`caseId=${caseA}`);
    const dir = join(server.dataDir, "audit");
    const text = (
      await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), "utf8")))
    ).join();
    expect(text).toContain("auth.login");
    expect(text).not.toContain("Zandvoort");
    expect(text).not.toContain("111222333");
    expect(text).not.toContain('"demo"');
  });

  it("chains the entries so that a changed line is detected, also across a restart", async () => {
    await server.login("dn.devries");
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dir);
    await server.login("cr.bakker");
    await server.stop({ keepData: true });
    const auditDir = join(dir, "audit");
    expect(await verifyAuditChain(auditDir)).toBeNull();

    const file = join(auditDir, (await monthFilesOf(auditDir))[0] ?? "");
    const lines = (await readFile(file, "utf8")).split("\n");
    lines[1] = (lines[1] ?? "").replace('"outcome":"allowed"', '"outcome":"denied"');
    await writeFile(file, lines.join("\n"));
    expect(await verifyAuditChain(auditDir)).toBe(2);
    server = await startTestServer({}, dir);
  });
});
