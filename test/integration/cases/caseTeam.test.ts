/**
 * The case team (casusteam) over HTTP and its effect on live sockets: a procesregisseur with write
 * access adds partner professionals, changes their case role or read-only flag and removes them;
 * "1 gezin, 1 plan, 1 regisseur" holds; everyone else is refused; a removed member's open socket
 * closes and a member made read-only can no longer write.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TeamCandidates } from "../../../shared/api/caseTeam.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import type { CaseRecord } from "../../../server/store/schema.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { caseDocName } from "../../../shared/wire/docNames.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser, eventually, Sockets } from "../../support/sessionClient.js";
import { buildAanmelding, caseDetail, registerCase } from "./caseTestSupport.js";

let server: TestServer;
const logLines: string[] = [];
const sockets = new Sockets(() => server);
let pr: string;
let devries: string;

beforeAll(async () => {
  server = await startTestServer({}, undefined, logLines);
  pr = await server.login("pr.jansen");
  devries = await server.login("dn.devries");
});
afterEach(() => sockets.destroyAll());
afterAll(async () => server.stop());

/** The user id of a demo account. */
const idOf = (username: string) => demoUser(server, username).id;

/** Adds `username` to the case's team as the user of `cookie`. */
function add(cookie: string, caseId: string, body: Record<string, unknown>): Promise<Response> {
  return server.api(`/api/cases/${caseId}/team`, { cookie, body });
}

/** Changes a member of the case's team as the user of `cookie`. */
function change(cookie: string, caseId: string, userId: string, body: unknown): Promise<Response> {
  return server.api(`/api/cases/${caseId}/team/${userId}`, { method: "PATCH", cookie, body });
}

/** Removes a member from the case's team as the user of `cookie`. */
function remove(cookie: string, caseId: string, userId: string): Promise<Response> {
  return server.api(`/api/cases/${caseId}/team/${userId}`, { method: "DELETE", cookie });
}

/** The case's team as a map from username to its place. */
function teamOf(detail: CaseDetail): Record<string, { caseRole: string; readOnly: boolean }> {
  const byId = new Map(server.store.users.list().map((u) => [u.id, u.username]));
  return Object.fromEntries(
    detail.participants.map((p) => [
      byId.get(p.userId) ?? p.userId,
      { caseRole: p.caseRole, readOnly: p.readOnly },
    ]),
  );
}

/** The ids of the cases in the plain case list of the user of `cookie`. */
async function listedCaseIds(cookie: string): Promise<string[]> {
  const res = await server.api("/api/cases", { cookie });
  return ((await res.json()) as { cases: { id: string }[] }).cases.map((c) => c.id);
}

/** The audit entries of one case, read as the beheerder. */
function auditOf(caseId: string): Promise<AuditEntry[]> {
  return readAuditTrail(server, `caseId=${caseId}`);
}

describe("forming the case team", () => {
  it("lets the procesregisseur add a partner, who then sees the case in their list and opens it", async () => {
    const caseId = await registerCase(server, devries);
    const smit = await server.login("dn.smit");
    expect(await listedCaseIds(smit)).not.toContain(caseId);

    const res = await add(pr, caseId, { userId: idOf("dn.smit"), caseRole: "deelnemer" });
    expect(res.status).toBe(201);
    const answered = (await res.json()) as CaseDetail;
    expect(answered.participants).toContainEqual({
      userId: idOf("dn.smit"),
      displayName: "Noor Smit",
      organisationId: demoUser(server, "dn.smit").organisationId,
      organisationName: "Gemeente Westerduin",
      caseRole: "deelnemer",
      readOnly: false,
      active: true,
    });
    expect(answered.mayManageTeam).toBe(true);

    expect(await listedCaseIds(smit)).toContain(caseId);
    const seen = await caseDetail(server, smit, caseId);
    expect(seen).toMatchObject({ access: "write", mayManageTeam: false });
    expect(teamOf(seen)).toMatchObject({ "dn.devries": { caseRole: "deelnemer" } });
  });

  it("adds a partner read-only, and changes their flag and role later", async () => {
    const caseId = await registerCase(server, devries);
    const bakker = idOf("cr.bakker");
    const added = await add(pr, caseId, { userId: bakker, caseRole: "deelnemer", readOnly: true });
    expect(added.status).toBe(201);
    const police = await server.login("cr.bakker");
    expect((await caseDetail(server, police, caseId)).access).toBe("read");

    const changed = await change(pr, caseId, bakker, {
      caseRole: "casusregisseur",
      readOnly: false,
    });
    expect(changed.status).toBe(200);
    expect(teamOf((await changed.json()) as CaseDetail)["cr.bakker"]).toEqual({
      caseRole: "casusregisseur",
      readOnly: false,
    });
    expect((await caseDetail(server, police, caseId)).access).toBe("write");
  });

  it("keeps one casusregisseur: a second one turns the first into deelnemer in the same change", async () => {
    const caseId = await registerCase(server, devries);
    expect(
      (await add(pr, caseId, { userId: idOf("cr.bakker"), caseRole: "casusregisseur" })).status,
    ).toBe(201);
    const res = await add(pr, caseId, { userId: idOf("dn.smit"), caseRole: "casusregisseur" });
    expect(res.status).toBe(201);
    const team = teamOf((await res.json()) as CaseDetail);
    expect(team).toMatchObject({
      "cr.bakker": { caseRole: "deelnemer" },
      "dn.smit": { caseRole: "casusregisseur" },
    });

    // Promoting an existing member works the same way.
    const promoted = await change(pr, caseId, idOf("dn.devries"), { caseRole: "casusregisseur" });
    const after = (await promoted.json()) as CaseDetail;
    expect(after.participants.filter((p) => p.caseRole === "casusregisseur")).toEqual([
      expect.objectContaining({ userId: idOf("dn.devries") }),
    ]);
    const stored = server.store.cases.get(caseId)?.participants ?? [];
    expect(stored.filter((p) => p.caseRole === "casusregisseur")).toHaveLength(1);
  });

  it("removes a member, who no longer sees the case", async () => {
    const caseId = await registerCase(server, devries);
    await add(pr, caseId, { userId: idOf("dn.smit"), caseRole: "deelnemer" });
    const res = await remove(pr, caseId, idOf("dn.smit"));
    expect(res.status).toBe(200);
    expect(teamOf((await res.json()) as CaseDetail)).not.toHaveProperty("dn.smit");
    const smit = await server.login("dn.smit");
    expect((await server.api(`/api/cases/${caseId}`, { cookie: smit })).status).toBe(404);
    expect(await listedCaseIds(smit)).not.toContain(caseId);
  });

  it("offers the organisations invited in the aanmelding first, and only partners not yet in the team", async () => {
    const gemeente = demoUser(server, "dn.smit").organisationId;
    const caseId = await registerCase(
      server,
      devries,
      buildAanmelding({ partners: [{ organisationId: gemeente, contactpersoon: "N. Smit" }] }),
    );
    const res = await server.api(`/api/cases/${caseId}/team/candidates`, { cookie: pr });
    expect(res.status).toBe(200);
    const { candidates } = (await res.json()) as TeamCandidates;
    expect(candidates.map((c) => [c.displayName, c.invitedOrganisation])).toEqual([
      ["Noor Smit", true],
      ["Carlos Bakker", false],
    ]);
    expect(candidates[0]).toMatchObject({
      userId: idOf("dn.smit"),
      organisationName: "Gemeente Westerduin",
      role: "deelnemer",
    });
  });
});

describe("refusals", () => {
  it("refuses a member who is no procesregisseur with 403 on every team route", async () => {
    const caseId = await registerCase(server, devries);
    const smit = idOf("dn.smit");
    expect((await add(devries, caseId, { userId: smit, caseRole: "deelnemer" })).status).toBe(403);
    const self = idOf("dn.devries");
    expect((await change(devries, caseId, self, { readOnly: true })).status).toBe(403);
    expect((await remove(devries, caseId, self)).status).toBe(403);
    const candidates = await server.api(`/api/cases/${caseId}/team/candidates`, {
      cookie: devries,
    });
    expect(candidates.status).toBe(403);
    expect(teamOf(await caseDetail(server, devries, caseId))).toEqual({
      "dn.devries": { caseRole: "deelnemer", readOnly: false },
    });
  });

  it("answers 404 to a user who may not see the case, as for an unknown case", async () => {
    const caseId = await registerCase(server, devries);
    const police = await server.login("cr.bakker");
    const body = { userId: idOf("cr.bakker"), caseRole: "deelnemer" };
    expect((await add(police, caseId, body)).status).toBe(404);
    expect((await add(pr, "case_doesnotexist", body)).status).toBe(404);
  });

  it("answers 400 naming the field for an unknown account, the beheerder, an incidental participant or a role the team does not give", async () => {
    const caseId = await registerCase(server, devries);
    for (const body of [
      { userId: "user_doesnotexist", caseRole: "deelnemer" },
      { userId: idOf("beheer"), caseRole: "deelnemer" },
      { userId: idOf("in.school"), caseRole: "deelnemer" },
      { userId: idOf("pr.jansen"), caseRole: "deelnemer" },
      { userId: idOf("dn.smit"), caseRole: "procesregisseur" },
      { userId: idOf("dn.smit") },
    ]) {
      const res = await add(pr, caseId, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { error } = (await res.json()) as { error: { message: string } };
      expect(error.message).toMatch(/veld "(Gebruiker|Rol in de casus)"/);
    }
    const school = await add(pr, caseId, { userId: idOf("in.school"), caseRole: "deelnemer" });
    expect(await school.text()).toContain("per overleg");
  });

  it("refuses a read-only casusregisseur with 400 when added and 409 when changed", async () => {
    const caseId = await registerCase(server, devries);
    const bakker = idOf("cr.bakker");
    const readOnly = await add(pr, caseId, {
      userId: bakker,
      caseRole: "casusregisseur",
      readOnly: true,
    });
    expect(readOnly.status).toBe(400);
    expect(await readOnly.text()).toContain("Alleen lezen");
    await add(pr, caseId, { userId: bakker, caseRole: "casusregisseur" });
    expect((await change(pr, caseId, bakker, { readOnly: true })).status).toBe(409);
  });

  it("answers 409 for someone already in the team and 404 for changing someone who is not", async () => {
    const caseId = await registerCase(server, devries);
    const self = idOf("dn.devries");
    const again = await add(pr, caseId, { userId: self, caseRole: "deelnemer" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("hoort al bij het casusteam");
    expect((await change(pr, caseId, idOf("dn.smit"), { readOnly: true })).status).toBe(404);
    expect((await remove(pr, caseId, "user_doesnotexist")).status).toBe(404);
    expect((await change(pr, caseId, self, {})).status).toBe(400);
  });

  it("gives a procesregisseur listed at a case of another region neither the case nor its team", async () => {
    // A case of another region that lists pr.jansen and dn.smit (of Westerduin) as members, as a
    // store from before memberships were bound to the case's region could: neither has it.
    const at = new Date().toISOString();
    const record: CaseRecord = {
      id: "case_noordkaap",
      title: "Casus Noordkaap",
      phase: "casusoverleg",
      kind: "casus_op_maat",
      gemeente: "Noordkaap",
      regio: "Regio Noordkaap",
      betrokkenen: [],
      participants: [
        { userId: idOf("pr.jansen"), caseRole: "procesregisseur", readOnly: false, addedAt: at },
        { userId: idOf("dn.smit"), caseRole: "deelnemer", readOnly: false, addedAt: at },
      ],
      createdAt: at,
      createdBy: idOf("pr.jansen"),
      updatedAt: at,
    };
    await server.store.cases.add(record);
    expect((await server.api(`/api/cases/${record.id}`, { cookie: pr })).status).toBe(404);
    const smit = await server.login("dn.smit");
    expect((await server.api(`/api/cases/${record.id}`, { cookie: smit })).status).toBe(404);
    expect((await remove(pr, record.id, idOf("dn.smit"))).status).toBe(404);
    expect((await change(pr, record.id, idOf("pr.jansen"), { caseRole: "deelnemer" })).status).toBe(
      404,
    );
    expect(server.store.cases.get(record.id)?.participants).toHaveLength(2);
  });
});

describe("open sockets follow the team", () => {
  it("closes a removed member's open socket with the forbidden close code", async () => {
    const caseId = await registerCase(server, devries);
    await add(pr, caseId, { userId: idOf("dn.smit"), caseRole: "deelnemer" });
    const smit = sockets.open(await server.login("dn.smit"), caseDocName(caseId, "plan"));
    const aanmelder = sockets.open(devries, caseDocName(caseId, "plan"));
    await eventually(() => smit.provider.synced && aanmelder.provider.synced, "both synced");

    expect((await remove(pr, caseId, idOf("dn.smit"))).status).toBe(200);
    await eventually(() => smit.closeCodes.includes(CloseCode.Forbidden), "removed socket closed");
    expect(smit.provider.shouldConnect).toBe(false);
    expect(aanmelder.closeCodes).toEqual([]);
  });

  it("stops a member made read-only from writing, without closing their socket, and audits the refusal once", async () => {
    const caseId = await registerCase(server, devries);
    const smitId = idOf("dn.smit");
    await add(pr, caseId, { userId: smitId, caseRole: "deelnemer" });
    const smit = sockets.open(await server.login("dn.smit"), caseDocName(caseId, "analyse"));
    await eventually(() => smit.provider.synced, "synced");

    expect((await change(pr, caseId, smitId, { readOnly: true })).status).toBe(200);
    smit.doc.getText("t").insert(0, "na het intrekken");
    await eventually(
      () =>
        logLines.some(
          (line) => line.includes("read-only connection refused") && line.includes(smitId),
        ),
      "write refused",
    );
    expect(smit.closeCodes).toEqual([]);
    const handle = await server.collab.openDocument(caseDocName(caseId, "analyse"));
    expect(handle.doc.getText("t").toJSON()).toBe("");
    handle.release();
    smit.doc.getText("t").insert(0, "nog eens ");
    await eventually(
      () =>
        logLines.filter(
          (line) => line.includes("read-only connection refused") && line.includes(smitId),
        ).length >= 2,
      "second write refused",
    );
    const refusals = (await readAuditTrail(server, `caseId=${caseId}&action=document.edit`)).filter(
      (e) => e.outcome === "denied",
    );
    expect(refusals.map((e) => [e.actor, e.docName, e.detail])).toEqual([
      [
        expect.objectContaining({ userId: smitId }),
        caseDocName(caseId, "analyse"),
        { access: "read", reason: "read-only" },
      ],
    ]);
  });

  it("tells each open socket of the case its access after a change, so the page can follow, unless the client speaks plain y-websocket", async () => {
    const caseId = await registerCase(server, devries);
    const smitId = idOf("dn.smit");
    await add(pr, caseId, { userId: smitId, caseRole: "deelnemer" });
    const smit = sockets.open(await server.login("dn.smit"), caseDocName(caseId, "analyse"));
    const aanmelder = sockets.open(devries, caseDocName(caseId, "plan"));
    // A stock y-websocket client does not know the message (it would log it as unknown).
    const plain = sockets.open(devries, caseDocName(caseId, "leefgebieden"), { plain: true });
    await eventually(
      () => smit.provider.synced && aanmelder.provider.synced && plain.provider.synced,
      "all synced",
    );
    expect(smit.accessChecks).toEqual([]);

    await change(pr, caseId, smitId, { readOnly: true });
    await eventually(() => smit.accessChecks.length === 1, "told once");
    await change(pr, caseId, smitId, { readOnly: false });
    await eventually(() => smit.accessChecks.length === 2, "told again");

    expect(smit.accessChecks).toEqual(["read", "write"]);
    expect(aanmelder.accessChecks).toEqual(["write", "write"]);
    expect(plain.accessChecks).toEqual([]);
    // Told, never closed: the page stays, and writes again.
    expect(smit.closeCodes).toEqual([]);
  });
});

describe("the audit trail of the team", () => {
  it("records each change as case.update by ids, and a refused attempt as denied", async () => {
    const caseId = await registerCase(server, devries);
    const smitId = idOf("dn.smit");
    await add(pr, caseId, { userId: smitId, caseRole: "deelnemer" });
    await change(pr, caseId, smitId, { readOnly: true });
    await remove(pr, caseId, smitId);
    await add(devries, caseId, { userId: smitId, caseRole: "deelnemer" });

    const entries = await auditOf(caseId);
    const changes = entries.filter((e) => e.action === "case.update" && e.outcome === "allowed");
    expect(changes.map((e) => [e.targetId, e.detail?.team])).toEqual([
      [smitId, "add"],
      [smitId, "change"],
      [smitId, "remove"],
    ]);
    expect(changes[1]?.detail).toMatchObject({ caseRole: "deelnemer", readOnly: true });
    expect(changes.every((e) => e.subjectIds.length === 1)).toBe(true);
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "case.update",
        outcome: "denied",
        actor: expect.objectContaining({ username: "dn.devries" }) as unknown,
        detail: { status: 403, route: "/api/cases/:id/team" },
      }),
    );
    const text = JSON.stringify(entries);
    for (const name of ["Noor Smit", "Tessa Vlotgras", "123456782"]) {
      expect(text).not.toContain(name);
    }
    expect(logLines.join("\n")).not.toContain("Noor Smit");
  });
});
