/**
 * The beheerder keeps the region's partner organisations over HTTP: add one with a kind, rename it
 * or change its kind, and the accounts of a new organisation can be created and log in. Only the
 * beheerder gets in (refused changes audited); names are unique without case; bad input is a 400
 * naming the field; the trail and the log name organisations by id.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { AccountList } from "../../../shared/api/accounts.js";
import type { OrganisationList, OrganisationView } from "../../../shared/api/organisations.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { auditFileText, createAccount, NEW_PASSWORD, refusalOf } from "./accountSupport.js";

let server: TestServer;
let logLines: string[];

async function start(): Promise<void> {
  logLines = [];
  server = await startTestServer({}, undefined, logLines);
}
afterEach(async () => server.stop());

const NEW_NAME = "Reclassering Westerduin-Noord";

/** `POST /api/organisations` as `cookie`. */
function addOrganisation(cookie: string, body: unknown): Promise<Response> {
  return server.api("/api/organisations", { cookie, body });
}

/** `PATCH /api/organisations/:id` as `cookie`. */
function changeOrganisation(cookie: string, id: string, body: unknown): Promise<Response> {
  return server.api(`/api/organisations/${encodeURIComponent(id)}`, {
    method: "PATCH",
    cookie,
    body,
  });
}

/** The organisation entries of the trail, oldest first. */
async function organisationEntries() {
  return (await readAuditTrail(server)).filter((e) => e.action.startsWith("organisation."));
}

describe("the partner organisations of the region", () => {
  it("lets the beheerder add one, whose accounts can then be created and log in", async () => {
    await start();
    const beheer = await server.login("beheer");
    const res = await addOrganisation(beheer, { name: `  ${NEW_NAME} `, kind: "reclassering" });
    expect(res.status).toBe(201);
    const added = (await res.json()) as OrganisationView;
    expect(added).toMatchObject({ name: NEW_NAME, kind: "reclassering", accounts: 0 });

    const list = (await (
      await server.api("/api/organisations", { cookie: beheer })
    ).json()) as OrganisationList;
    expect(list.organisations.map((o) => o.name)).toContain(NEW_NAME);
    const accounts = (await (
      await server.api("/api/accounts", { cookie: beheer })
    ).json()) as AccountList;
    expect(accounts.organisations).toContainEqual({ id: added.id, name: NEW_NAME });

    const account = await createAccount(server, beheer, {
      username: "rc.nieuw",
      organisationId: added.id,
    });
    expect(account.organisationName).toBe(NEW_NAME);
    const login = await server.api("/api/auth/login", {
      body: { username: "rc.nieuw", password: NEW_PASSWORD },
    });
    expect(login.status).toBe(200);
    const counted = (await (
      await server.api("/api/organisations", { cookie: beheer })
    ).json()) as OrganisationList;
    expect(counted.organisations.find((o) => o.id === added.id)?.accounts).toBe(1);

    const [entry] = await organisationEntries();
    expect(entry).toMatchObject({
      action: "organisation.create",
      outcome: "allowed",
      targetId: added.id,
      detail: { kind: "reclassering" },
    });
  });

  it("renames one and changes its kind: the accounts show the new name at once", async () => {
    await start();
    const beheer = await server.login("beheer");
    const smit = server.store.users.findByUsername("dn.smit");
    const organisationId = smit?.organisationId ?? "";
    const res = await changeOrganisation(beheer, organisationId, {
      name: "Gemeente Westerduin (sociaal domein)",
      kind: "sociaal_wijkteam",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: organisationId,
      name: "Gemeente Westerduin (sociaal domein)",
      kind: "sociaal_wijkteam",
    });
    const accounts = (await (
      await server.api("/api/accounts", { cookie: beheer })
    ).json()) as AccountList;
    expect(accounts.accounts.find((a) => a.id === smit?.id)?.organisationName).toBe(
      "Gemeente Westerduin (sociaal domein)",
    );
    // The partner's own session names the organisation anew too.
    const own = await server.login("dn.smit");
    const me = (await (await server.api("/api/me", { cookie: own })).json()) as {
      user: { organisationName: string };
    };
    expect(me.user.organisationName).toBe("Gemeente Westerduin (sociaal domein)");

    // The same values again change nothing and are not recorded again.
    await changeOrganisation(beheer, organisationId, { kind: "sociaal_wijkteam" });
    const entries = await organisationEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "organisation.update",
      targetId: organisationId,
      detail: { fields: "name,kind", kind: "sociaal_wijkteam" },
    });
    expect(await auditFileText(server)).not.toContain("sociaal domein");
    expect(logLines.join("\n")).not.toContain("sociaal domein");
  });

  it("refuses a name another organisation has, whatever its case, with 409", async () => {
    await start();
    const beheer = await server.login("beheer");
    const [first, second] = server.store.organisations.list();
    const res = await addOrganisation(beheer, {
      name: first?.name.toUpperCase(),
      kind: "politie",
    });
    expect(await refusalOf(res)).toMatchObject({ status: 409, code: "conflict" });
    // Nor one that only looks different: a zero-width space, fullwidth letters, doubled spaces.
    const name = first?.name ?? "";
    for (const lookalike of [
      `${name.slice(0, 1)}\u200b${name.slice(1)}`,
      name.replace(/[A-Za-z]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      name.replace(" ", "   "),
    ]) {
      const again = await addOrganisation(beheer, { name: lookalike, kind: "politie" });
      expect(await refusalOf(again)).toMatchObject({ status: 409, code: "conflict" });
    }
    const rename = await changeOrganisation(beheer, second?.id ?? "", { name: first?.name });
    expect(await refusalOf(rename)).toMatchObject({ status: 409, code: "conflict" });
    expect(server.store.organisations.get(second?.id ?? "")?.name).toBe(second?.name);
    // Its own name, in another case, is no conflict.
    const own = await changeOrganisation(beheer, first?.id ?? "", {
      name: first?.name.toLowerCase(),
    });
    expect(own.status).toBe(200);
  });

  it("answers bad input with 400 naming the field, and an unknown organisation with 404", async () => {
    await start();
    const beheer = await server.login("beheer");
    const before = server.store.organisations.list().length;
    for (const [body, message] of [
      [{ name: " \u200b", kind: "ggz" }, 'veld "Naam": Vul een naam in.'],
      [{ name: "x".repeat(201), kind: "ggz" }, "hoogstens 200 tekens"],
      [{ name: "GGZ Oost" }, "Kies een soort organisatie."],
      [{ name: "GGZ Oost", kind: "ziekenhuis" }, "Kies een soort organisatie."],
    ] as const) {
      const res = await addOrganisation(beheer, body);
      const refusal = await refusalOf(res);
      expect(refusal).toMatchObject({ status: 400, code: "bad_request" });
      expect(refusal.message).toContain(message);
    }
    expect(server.store.organisations.list()).toHaveLength(before);
    const empty = await changeOrganisation(
      beheer,
      server.store.organisations.list()[0]?.id ?? "",
      {},
    );
    expect(await refusalOf(empty)).toMatchObject({ status: 400 });
    const unknown = await changeOrganisation(beheer, "Politie-Oost", { name: "Politie Oost" });
    expect(await refusalOf(unknown)).toMatchObject({ status: 404 });
    const [refusal] = await organisationEntries();
    expect(refusal).toMatchObject({ action: "organisation.update", outcome: "denied" });
    expect(refusal?.targetId).toBeUndefined();
  });

  it("is for the beheerder only: others get 403, and a refused change is audited", async () => {
    await start();
    const organisationId = server.store.organisations.list()[0]?.id ?? "";
    for (const username of ["pr.jansen", "dn.smit"]) {
      const cookie = await server.login(username);
      for (const res of [
        await server.api("/api/organisations", { cookie }),
        await addOrganisation(cookie, { name: "Eigen organisatie", kind: "politie" }),
        await changeOrganisation(cookie, organisationId, { name: "Overgenomen" }),
      ]) {
        expect(await refusalOf(res)).toMatchObject({ status: 403, code: "forbidden" });
      }
    }
    expect(server.store.organisations.findByName("Eigen organisatie")).toBeUndefined();
    expect(server.store.organisations.get(organisationId)?.name).not.toBe("Overgenomen");
    const refused = (await organisationEntries()).map((e) => [e.action, e.outcome, e.targetId]);
    expect(refused).toEqual([
      ["organisation.create", "denied", undefined],
      ["organisation.update", "denied", organisationId],
      ["organisation.create", "denied", undefined],
      ["organisation.update", "denied", organisationId],
    ]);
    expect((await server.api("/api/organisations")).status).toBe(401);
  });
});
