/**
 * What account changes do to a user who is working: blocking closes their live documents at once
 * and ends their sessions, a new password ends their sessions, a new role closes the documents
 * they opened under the old one, and a new name leaves them be. Real sockets, real sessions.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseActions } from "../../../shared/api/actions.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import {
  caseIdByTitle,
  demoUser,
  eventually,
  Sockets,
  type SessionClient,
} from "../../support/sessionClient.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { addParagraph, proseTextOf } from "../../support/proseEdit.js";
import { changeAccount, createAccount, NEW_PASSWORD } from "./accountSupport.js";

/** How soon a blocked user's open documents must close. */
const CLOSE_WITHIN_MS = 1_000;

let server: TestServer;
const sockets = new Sockets(() => server);
let caseA: string;
let beheer: string;

beforeEach(async () => {
  server = await startTestServer();
  caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
  beheer = await server.login("beheer");
});
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** Opens a document of Demo casus A as `cookie` and waits until it is synced. */
async function openPlan(cookie: string): Promise<SessionClient> {
  const client = sockets.open(cookie, `case/${caseA}/plan`);
  await eventually(() => client.provider.synced, "synced");
  return client;
}

/** The status `GET /api/me` answers for a session cookie. */
async function meStatus(cookie: string): Promise<number> {
  return (await server.api("/api/me", { cookie })).status;
}

/** The status of a login attempt. */
async function loginStatus(username: string, password: string): Promise<number> {
  return (await server.api("/api/auth/login", { body: { username, password } })).status;
}

describe("blocking an account", () => {
  it("closes the user's open y-websocket connection within a second with the access-revoked code, and their session answers 401", async () => {
    const cookie = await server.login("dn.devries");
    const client = await openPlan(cookie);
    const devriesId = demoUser(server, "dn.devries").id;

    const res = await changeAccount(server, beheer, devriesId, { disabled: true });
    expect(res.status).toBe(200);
    await eventually(() => client.closeCodes.length > 0, "closed on block", CLOSE_WITHIN_MS);
    expect(client.closeCodes[0]).toBe(CloseCode.Forbidden);

    expect(await meStatus(cookie)).toBe(401);
    expect(server.store.sessions.get(cookie.split("=")[1] ?? "")).toBeUndefined();
    expect(await loginStatus("dn.devries", "demo")).toBe(401);
    // A new connection with the old cookie is refused too.
    const again = sockets.open(cookie, `case/${caseA}/plan`);
    await eventually(() => again.closeCodes.length > 0, "refused after block");
  });

  it("lets an unblocked user log in again, while the sessions that were ended stay ended", async () => {
    const cookie = await server.login("dn.devries");
    const devriesId = demoUser(server, "dn.devries").id;
    expect((await changeAccount(server, beheer, devriesId, { disabled: true })).status).toBe(200);
    expect((await changeAccount(server, beheer, devriesId, { disabled: false })).status).toBe(200);

    expect(await meStatus(cookie)).toBe(401);
    expect(await meStatus(await server.login("dn.devries"))).toBe(200);
  });
});

describe("setting a new password", () => {
  it("ends every session of the user and closes their sockets; only the new password works", async () => {
    const first = await server.login("dn.devries");
    const second = await server.login("dn.devries");
    const client = await openPlan(first);
    const devriesId = demoUser(server, "dn.devries").id;

    const res = await server.api(`/api/accounts/${devriesId}/password`, {
      cookie: beheer,
      body: { password: NEW_PASSWORD },
    });
    expect(res.status).toBe(204);
    await eventually(
      () => client.closeCodes.includes(CloseCode.Unauthenticated),
      "closed on new password",
    );
    expect(await meStatus(first)).toBe(401);
    expect(await meStatus(second)).toBe(401);
    expect(await loginStatus("dn.devries", "demo")).toBe(401);
    expect(await meStatus(await server.login("dn.devries", NEW_PASSWORD))).toBe(200);
  });

  it("keeps the session a beheerder sets their own new password from, and ends their others", async () => {
    const elsewhere = await server.login("beheer");
    const beheerId = demoUser(server, "beheer").id;
    const res = await server.api(`/api/accounts/${beheerId}/password`, {
      cookie: beheer,
      body: { password: NEW_PASSWORD },
    });
    expect(res.status).toBe(204);
    expect(await meStatus(beheer)).toBe(200);
    expect(await meStatus(elsewhere)).toBe(401);
  });

  it("refuses a password that is too short and leaves the old one working", async () => {
    const devriesId = demoUser(server, "dn.devries").id;
    const res = await server.api(`/api/accounts/${devriesId}/password`, {
      cookie: beheer,
      body: { password: "kort" },
    });
    expect(res.status).toBe(400);
    expect(await loginStatus("dn.devries", "demo")).toBe(200);
  });
});

describe("changing a role or a name", () => {
  it("closes the documents a procesregisseur opened as regional chair once they become deelnemer", async () => {
    const created = await createAccount(server, beheer, {
      username: "pr.nieuw",
      role: "procesregisseur",
    });
    const cookie = await server.login("pr.nieuw", NEW_PASSWORD);
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(200);
    const client = await openPlan(cookie);

    const res = await changeAccount(server, beheer, created.id, { role: "deelnemer" });
    expect(res.status).toBe(200);
    await eventually(() => client.closeCodes.includes(CloseCode.Forbidden), "closed on new role");
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(404);
  });

  it("takes every case and overleg from a team member made beheerder, on every path", async () => {
    const cookie = await server.login("dn.devries");
    const client = await openPlan(cookie);
    const devriesId = demoUser(server, "dn.devries").id;

    const res = await changeAccount(server, beheer, devriesId, { role: "beheerder" });
    expect(res.status).toBe(200);
    await eventually(() => client.closeCodes.includes(CloseCode.Forbidden), "closed on new role");
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(404);
    const list = (await (await server.api("/api/cases", { cookie })).json()) as { cases: [] };
    expect(list.cases).toEqual([]);
    // Nor the overleg they were invited to: not listed, and its documents closed to them.
    const overleggen = (await (await server.api("/api/meetings", { cookie })).json()) as {
      meetings: unknown[];
    };
    expect(overleggen.meetings).toEqual([]);
    const again = sockets.open(cookie, `case/${caseA}/plan`);
    await eventually(() => again.closeCodes.length > 0, "refused");
    expect(again.doc.getXmlFragment("prosemirror").length).toBe(0);
  });

  it("takes a team member's cases when they move to another organisation, on every path, until the procesregisseur adds them again", async () => {
    const cookie = await server.login("dn.devries");
    const client = await openPlan(cookie);
    const devriesId = demoUser(server, "dn.devries").id;
    const politie = demoUser(server, "cr.bakker").organisationId;
    const pr = await server.login("pr.jansen");

    expect(
      (await changeAccount(server, beheer, devriesId, { organisationId: politie })).status,
    ).toBe(200);
    await eventually(() => client.closeCodes.includes(CloseCode.Forbidden), "closed on move");
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(404);
    const again = sockets.open(cookie, `case/${caseA}/plan`);
    await eventually(() => again.closeCodes.length > 0, "refused after move");
    expect(again.doc.getXmlFragment("prosemirror").length).toBe(0);
    // She is taken off case A's slot in today's overleg (no guest route either), audited as such.
    const { meetings } = (await (await server.api("/api/meetings", { cookie })).json()) as {
      meetings: { id: string }[];
    };
    expect(meetings).toEqual([]);
    const uninvited = (await readAuditTrail(server, "action=meeting.update")).filter(
      (e) => e.detail?.uninvited === devriesId,
    );
    expect(uninvited.map((e) => [e.caseId, e.detail?.account])).toEqual([
      [caseA, "organisationId"],
    ]);
    // The team still lists her, without access, and offers her to be added again.
    const detail = (await (
      await server.api(`/api/cases/${caseA}`, { cookie: pr })
    ).json()) as CaseDetail;
    expect(detail.participants.find((p) => p.userId === devriesId)?.active).toBe(false);
    // GGZ was at the table through her: its triage question stays, under its own name.
    expect(detail.triagePartners.map((o) => o.name)).toContain("GGZ Duinstreek");
    const candidates = (await (
      await server.api(`/api/cases/${caseA}/team/candidates`, { cookie: pr })
    ).json()) as { candidates: { userId: string }[] };
    expect(candidates.candidates.map((c) => c.userId)).toContain(devriesId);
    const added = await server.api(`/api/cases/${caseA}/team`, {
      cookie: pr,
      body: { userId: devriesId, caseRole: "deelnemer" },
    });
    expect(added.status).toBe(201);
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(200);
    const team = ((await added.json()) as CaseDetail).participants.filter(
      (p) => p.userId === devriesId,
    );
    expect(team).toEqual([expect.objectContaining({ active: true, organisationId: politie })]);
  });

  it("takes a team member's cases when they move to another region", async () => {
    const cookie = await server.login("dn.devries");
    const client = await openPlan(cookie);
    const devriesId = demoUser(server, "dn.devries").id;
    // Regions are those of cases and beheerders; the store takes one no case has yet.
    await server.store.users.update(devriesId, { regio: "Regio Oost" });
    await eventually(() => client.closeCodes.includes(CloseCode.Forbidden), "closed on move");
    expect((await server.api(`/api/cases/${caseA}`, { cookie })).status).toBe(404);
    const list = (await (await server.api("/api/cases", { cookie })).json()) as { cases: [] };
    expect(list.cases).toEqual([]);
  });

  it("lists a blocked team member as without access, on the team and on the actions they carry", async () => {
    const bakker = await server.login("cr.bakker");
    const caseC = await caseIdByTitle(server, bakker, "Demo casus C");
    const smitId = demoUser(server, "dn.smit").id;
    const activeOfSmit = async () => {
      const detail = (await (
        await server.api(`/api/cases/${caseC}`, { cookie: bakker })
      ).json()) as CaseDetail;
      const actions = (await (
        await server.api(`/api/cases/${caseC}/actions`, { cookie: bakker })
      ).json()) as CaseActions;
      const carried = actions.actions.flatMap((a) =>
        a.responsible?.type === "user" && a.responsible.userId === smitId
          ? [a.responsible.active]
          : [],
      );
      // Whatever happens to her account, her organisation keeps its name on the page.
      expect(detail.organisationNames[demoUser(server, "dn.smit").organisationId]).toBe(
        "Gemeente Westerduin",
      );
      return { team: detail.participants.find((p) => p.userId === smitId)?.active, carried };
    };
    const before = await activeOfSmit();
    expect(before.team).toBe(true);
    expect(before.carried.length).toBeGreaterThan(0);
    expect(before.carried.every((active) => active)).toBe(true);

    expect((await changeAccount(server, beheer, smitId, { disabled: true })).status).toBe(200);
    const after = await activeOfSmit();
    expect(after.team).toBe(false);
    expect(after.carried).toEqual(before.carried.map(() => false));
  });

  it("leaves a renamed user's connections open", async () => {
    const devries = await openPlan(await server.login("dn.devries"));
    const chair = await openPlan(await server.login("pr.jansen"));
    const devriesId = demoUser(server, "dn.devries").id;

    const res = await changeAccount(server, beheer, devriesId, { displayName: "Daan de Wit" });
    expect(res.status).toBe(200);
    addParagraph(devries.doc, "Nog verbonden");
    await eventually(() => proseTextOf(chair.doc).endsWith("Nog verbonden"), "edit arrives");
    expect(devries.closeCodes).toEqual([]);
  });
});
