/**
 * Erasing a registration made in error (`POST /api/cases/:id/verwijdering`) on the real server: the
 * region's procesregisseur erases Demo casus D while it is an aanmelding; nothing of it stays
 * outside the audit trail, which records the reason and whom it was about by id, and the reports
 * do not count it. Anyone else is refused, as is a case whose triage was decided, and bad input.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { caseDocName } from "../../../shared/wire/docNames.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { filesContaining } from "../../support/dataFiles.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, eventually, Sockets } from "../../support/sessionClient.js";

let server: TestServer;
let chair: string;
const sockets = new Sockets(() => server);

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

const erase = (caseId: string, cookie: string, body: object = { reden: "dubbele_aanmelding" }) =>
  server.api(`/api/cases/${caseId}/verwijdering`, { cookie, body });

async function detail(caseId: string): Promise<CaseDetail> {
  const res = await server.api(`/api/cases/${caseId}`, { cookie: chair });
  expect(res.status).toBe(200);
  return (await res.json()) as CaseDetail;
}

describe("erasing a registration made in error", () => {
  it("removes the aanmelding with its documents, closes its sockets, and keeps only the audit entry with the reason", async () => {
    const caseD = await caseIdByTitle(server, chair, "Demo casus D");
    const before = await detail(caseD);
    expect(before.mayErase).toBe(true);
    const retiredBefore = server.store.retention.retiredOf(before.regio).length;
    const triage = sockets.open(chair, caseDocName(caseD, "triage"));
    await eventually(() => triage.provider.synced, "triage synced");
    const docsDir = join(server.dataDir, "docs", "case", caseD);
    await eventually(() => existsSync(docsDir), "its documents stored");

    const res = await erase(caseD, chair);
    expect(res.status).toBe(204);

    expect((await server.api(`/api/cases/${caseD}`, { cookie: chair })).status).toBe(404);
    await eventually(() => triage.closeCodes.includes(CloseCode.Forbidden), "its socket closed");
    expect(existsSync(docsDir)).toBe(false);
    expect(server.store.cases.get(caseD)).toBeUndefined();
    // Not counted in the reports: no facts kept.
    expect(server.store.retention.retiredOf(before.regio)).toHaveLength(retiredBefore);

    const entry = (await readAuditTrail(server, "action=case.erase")).at(-1);
    expect(entry).toMatchObject({
      action: "case.erase",
      outcome: "allowed",
      caseId: caseD,
      subjectIds: before.betrokkenen.map((b) => b.id),
      detail: { reden: "dubbele_aanmelding", phase: "aanmelding" },
    });
    await server.store.flush();
    const person = before.betrokkenen[0];
    const traces = [caseD, before.title, person?.naam ?? "", before.aanmelding?.reden ?? ""].filter(
      (trace) => trace !== "",
    );
    expect(traces.length).toBeGreaterThanOrEqual(3);
    expect(await filesContaining(server.dataDir, traces, ["audit"])).toEqual([]);
  });

  it("refuses a partner who sees the aanmelding, a case whose triage was decided, and a reason not on the list", async () => {
    const smit = await server.login("dn.smit");
    const caseD = await caseIdByTitle(server, smit, "Demo casus D");
    const caseC = await caseIdByTitle(server, chair, "Demo casus C");

    const partner = await erase(caseD, smit);
    expect(partner.status).toBe(403);
    const decided = await erase(caseC, chair);
    expect(decided.status).toBe(409);
    expect(((await decided.json()) as { error: { message: string } }).error.message).toContain(
      "bewaartermijn",
    );
    const unlisted = await erase(caseD, chair, { reden: "Sanne wil het niet" });
    expect(unlisted.status).toBe(400);
    const message = ((await unlisted.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("Kies waarom");
    expect(message).not.toContain("Sanne");
    const unknown = await erase("case_bestaatniet", chair);
    expect(unknown.status).toBe(404);

    // Every case is still there, and the refusals are in the trail.
    expect((await detail(caseD)).title).toBe("Demo casus D");
    expect((await detail(caseC)).mayErase).toBe(false);
    const refused = await readAuditTrail(server, "action=case.erase");
    expect(refused.filter((e) => e.outcome !== "allowed").length).toBeGreaterThanOrEqual(2);
  });
});
