/**
 * The beheerder's account API over HTTP: only the beheerder gets in (every refusal audited), a
 * created account can log in, the rules on usernames, organisations and passwords, the last
 * beheerder, and that neither the audit trail nor the log holds a name or a password.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { AccountList, AccountView } from "../../../shared/api/accounts.js";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { demoUser } from "../../support/sessionClient.js";
import {
  auditFileText,
  buildAccountInput,
  changeAccount,
  createAccount,
  NEW_PASSWORD,
  refusalOf,
} from "./accountSupport.js";

let server: TestServer;
let logLines: string[];

async function start(): Promise<void> {
  logLines = [];
  server = await startTestServer({}, undefined, logLines);
}
afterEach(async () => server.stop());

/** The entries for account actions, oldest first. */
async function accountEntries(): Promise<AuditEntry[]> {
  return (await readAuditTrail(server)).filter((e) => e.action.startsWith("account."));
}

describe("who may manage accounts", () => {
  it("refuses every account route to a deelnemer and a procesregisseur, and audits each refusal", async () => {
    await start();
    const beheerId = demoUser(server, "beheer").id;
    const typedPassword = "Wachtwoord-van-Smit-123";
    for (const username of ["dn.smit", "pr.jansen"]) {
      const cookie = await server.login(username);
      const attempts: [string, string, unknown][] = [
        ["GET", "/api/accounts", undefined],
        ["POST", "/api/accounts", buildAccountInput(server, { password: typedPassword })],
        ["PATCH", `/api/accounts/${beheerId}`, { disabled: true }],
        ["POST", `/api/accounts/${beheerId}/password`, { password: typedPassword }],
      ];
      for (const [method, path, body] of attempts) {
        const res = await server.api(path, { method, cookie, body });
        expect(await refusalOf(res)).toMatchObject({ status: 403, code: "forbidden" });
      }
    }
    expect(server.store.users.get(beheerId)?.disabled).toBe(false);

    const refusals = (await accountEntries()).filter((e) => e.outcome === "denied");
    const byUser = (username: string) =>
      refusals
        .filter((e) => e.actor.kind === "user" && e.actor.username === username)
        .map((e) => [e.action, e.targetId]);
    for (const username of ["dn.smit", "pr.jansen"]) {
      expect(byUser(username)).toEqual([
        ["account.list", undefined],
        ["account.create", undefined],
        ["account.update", beheerId],
        ["account.password", beheerId],
      ]);
    }
    expect(await auditFileText(server)).not.toContain(typedPassword);
  });

  it("answers 401 without a session, and 404 for an unknown account, audited without the typed id", async () => {
    await start();
    expect((await server.api("/api/accounts")).status).toBe(401);
    const beheer = await server.login("beheer");
    const res = await changeAccount(server, beheer, "Jan-de-Vries", { disabled: true });
    expect(await refusalOf(res)).toMatchObject({ status: 404, code: "not_found" });

    const [refusal] = (await accountEntries()).filter((e) => e.outcome === "denied");
    expect(refusal).toMatchObject({ action: "account.update", detail: { status: 404 } });
    expect(refusal?.targetId).toBeUndefined();
    expect(await auditFileText(server)).not.toContain("Jan-de-Vries");
  });
});

describe("listing and creating accounts", () => {
  it("lists every account with its organisation and state, and never a password hash", async () => {
    await start();
    const beheer = await server.login("beheer");
    const res = await server.api("/api/accounts", { cookie: beheer });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("argon2");
    expect(text).not.toContain("passwordHash");
    const list = JSON.parse(text) as AccountList;
    const smit = list.accounts.find((a) => a.username === "dn.smit");
    expect(smit).toMatchObject({
      displayName: "Noor Smit",
      role: "deelnemer",
      disabled: false,
      organisationId: demoUser(server, "dn.smit").organisationId,
    });
    expect(smit?.organisationName).not.toBe("");
    expect(list.organisations.length).toBe(server.store.organisations.list().length);
    expect((await accountEntries()).at(-1)).toMatchObject({
      action: "account.list",
      outcome: "allowed",
      detail: { accounts: list.accounts.length },
    });
  });

  it("creates an account in the beheerder's region that can log in with its first password", async () => {
    await start();
    const beheer = await server.login("beheer");
    const created = await createAccount(server, beheer, { username: "DN.Nieuw" });
    expect(created).toMatchObject({
      username: "dn.nieuw",
      displayName: "Nadia Nieuwkomer",
      role: "deelnemer",
      regio: server.store.users.findByUsername("beheer")?.regio,
      disabled: false,
    });
    expect(JSON.stringify(created)).not.toContain("argon2");

    const cookie = await server.login("dn.nieuw", NEW_PASSWORD);
    const me = (await (await server.api("/api/me", { cookie })).json()) as {
      user: { id: string; role: string };
    };
    expect(me.user).toMatchObject({ id: created.id, role: "deelnemer" });

    expect((await accountEntries()).find((e) => e.action === "account.create")).toMatchObject({
      outcome: "allowed",
      targetId: created.id,
      detail: { role: "deelnemer", organisationId: created.organisationId },
    });
  });

  it("refuses a username that is taken, whatever its case, with 409", async () => {
    await start();
    const beheer = await server.login("beheer");
    const res = await server.api("/api/accounts", {
      cookie: beheer,
      body: buildAccountInput(server, { username: "DN.SMIT" }),
    });
    const refusal = await refusalOf(res);
    expect(refusal).toMatchObject({ status: 409, code: "conflict" });
    expect(refusal.message).not.toContain("smit");
    expect(server.store.users.list().filter((u) => u.username === "dn.smit")).toHaveLength(1);
  });

  it("refuses an unknown organisation and a short password with 400 naming the field", async () => {
    await start();
    const beheer = await server.login("beheer");
    const unknownOrg = await server.api("/api/accounts", {
      cookie: beheer,
      body: buildAccountInput(server, { organisationId: "org_bestaatniet" }),
    });
    expect(await refusalOf(unknownOrg)).toEqual({
      status: 400,
      code: "bad_request",
      message: 'Ongeldige invoer in veld "Organisatie": onbekende organisatie.',
    });
    const short = await server.api("/api/accounts", {
      cookie: beheer,
      body: buildAccountInput(server, { password: "Kort-123" }),
    });
    expect(await refusalOf(short)).toEqual({
      status: 400,
      code: "bad_request",
      message:
        'Ongeldige invoer in veld "Wachtwoord": Het wachtwoord moet minstens 12 tekens hebben.',
    });
    expect(server.store.users.findByUsername("dn.nieuw")).toBeUndefined();
  });
});

describe("the region of an account", () => {
  it("is one of the known regions: a typo is refused, and an account given one can be put right", async () => {
    await start();
    const beheer = await server.login("beheer");
    const region = server.store.users.findByUsername("beheer")?.regio ?? "";
    // An account given a misspelt region before regions were checked: it sees no case.
    const devries = demoUser(server, "dn.devries");
    await server.store.users.update(devries.id, { regio: "Regio Westerdiun" });

    const list = (await (await server.api("/api/accounts", { cookie: beheer })).json()) as {
      regions: string[];
    };
    expect(list.regions).toEqual([region]);
    const typo = await server.api("/api/accounts", {
      cookie: beheer,
      body: buildAccountInput(server, { regio: "Regio Westerdiun" }),
    });
    expect(await refusalOf(typo)).toEqual({
      status: 400,
      code: "bad_request",
      message: 'Ongeldige invoer in veld "Regio": onbekende regio. Kies een bestaande regio.',
    });
    expect((await changeAccount(server, beheer, devries.id, { regio: "Nergens" })).status).toBe(
      400,
    );

    const fixed = await changeAccount(server, beheer, devries.id, { regio: region });
    expect(fixed.status).toBe(200);
    expect(((await fixed.json()) as AccountView).regio).toBe(region);
    const update = (await accountEntries()).find((e) => e.action === "account.update");
    expect(update).toMatchObject({ detail: { fields: "regio", regio: region } });
  });
});

describe("changing accounts", () => {
  it("changes name, organisation and role, auditing which fields changed by id and enum only", async () => {
    await start();
    const beheer = await server.login("beheer");
    const created = await createAccount(server, beheer);
    const otherOrg = server.store.organisations.list().find((o) => o.id !== created.organisationId);
    const res = await changeAccount(server, beheer, created.id, {
      displayName: "Nadia Nieuwenhuis",
      organisationId: otherOrg?.id,
      role: "casusregisseur",
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as AccountView).toMatchObject({
      displayName: "Nadia Nieuwenhuis",
      organisationId: otherOrg?.id,
      organisationName: otherOrg?.name,
      role: "casusregisseur",
    });

    const update = (await accountEntries()).find((e) => e.action === "account.update");
    expect(update).toMatchObject({
      outcome: "allowed",
      targetId: created.id,
      detail: {
        fields: "displayName,organisationId,role",
        role: "casusregisseur",
        organisationId: otherOrg?.id,
      },
    });
  });

  it("keeps the last active beheerder: no one blocks or demotes themselves", async () => {
    await start();
    const beheer = await server.login("beheer");
    const beheerId = demoUser(server, "beheer").id;
    for (const change of [{ disabled: true }, { role: "procesregisseur" }]) {
      const refusal = await refusalOf(await changeAccount(server, beheer, beheerId, change));
      expect(refusal).toMatchObject({ status: 409, code: "conflict" });
      expect(refusal.message).toMatch(/^U kunt uw eigen account niet blokkeren/);
    }
    expect(server.store.users.get(beheerId)).toMatchObject({ role: "beheerder", disabled: false });

    // A second beheerder may block the first, and is then the last one left.
    const second = await createAccount(server, beheer, {
      username: "bh.tweede",
      role: "beheerder",
    });
    const secondCookie = await server.login("bh.tweede", NEW_PASSWORD);
    expect((await changeAccount(server, secondCookie, beheerId, { disabled: true })).status).toBe(
      200,
    );
    const self = await changeAccount(server, secondCookie, second.id, { role: "deelnemer" });
    expect((await refusalOf(self)).status).toBe(409);
    expect(server.store.users.get(second.id)?.role).toBe("beheerder");
  });

  it("answers 400 for a change that changes nothing or names an unknown organisation", async () => {
    await start();
    const beheer = await server.login("beheer");
    const smitId = demoUser(server, "dn.smit").id;
    expect((await refusalOf(await changeAccount(server, beheer, smitId, {}))).status).toBe(400);
    const unknownOrg = await changeAccount(server, beheer, smitId, { organisationId: "org_x" });
    expect((await refusalOf(unknownOrg)).message).toContain('"Organisatie"');
  });
});

describe("what the trail and the log keep of account management", () => {
  it("holds no display name, password or hash in the audit files or the log", async () => {
    await start();
    const beheer = await server.login("beheer");
    const created = await createAccount(server, beheer);
    await changeAccount(server, beheer, created.id, { displayName: "Nadia Nieuwenhuis" });
    const newPassword = "Nieuw-Wachtwoord-Voor-Nadia-7";
    const reset = await server.api(`/api/accounts/${created.id}/password`, {
      cookie: beheer,
      body: { password: newPassword },
    });
    expect(reset.status).toBe(204);
    await changeAccount(server, beheer, created.id, { disabled: true });
    const hash = server.store.users.get(created.id)?.passwordHash ?? "";

    const entries = await accountEntries();
    expect(entries.map((e) => [e.action, e.targetId])).toEqual([
      ["account.create", created.id],
      ["account.update", created.id],
      ["account.password", created.id],
      ["account.update", created.id],
    ]);
    const files = await auditFileText(server);
    const log = logLines.join("\n");
    for (const secret of [NEW_PASSWORD, newPassword, hash, "Nadia", "Nieuwkomer", "Nieuwenhuis"]) {
      expect(files).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    expect(log).toContain("account created");
    expect(log).toContain("account password set");
  });
});
