/**
 * A password a beheerder set is the user's only once they replaced it: until then they may ask who
 * they are and choose their own, and nothing else, on HTTP or websocket. Choosing one needs the
 * current password, ends their other sessions and is audited without either password.
 */
import { afterEach, describe, expect, it } from "vitest";
import { OWN_PASSWORD_PATH } from "../../../shared/api/auth.js";
import WebSocket from "ws";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { auditFileText, buildAccountInput, NEW_PASSWORD, refusalOf } from "./accountSupport.js";

let server: TestServer;
let logLines: string[];
afterEach(async () => server.stop());

const OWN = "Eigen-Gekozen-Wachtwoord-2026";

async function start(): Promise<void> {
  logLines = [];
  server = await startTestServer({}, undefined, logLines);
}

/** `POST /api/me/wachtwoord` as `cookie`. */
function changeOwn(cookie: string, body: unknown): Promise<Response> {
  return server.api(OWN_PASSWORD_PATH, { cookie, body });
}

/** The HTTP status a websocket upgrade to `docName` gets with the session `cookie` (101: opened). */
function upgradeStatus(cookie: string, docName: string): Promise<number> {
  const url = `${server.url.replace("http", "ws")}/collab/${docName}`;
  const socket = new WebSocket(url, { headers: { Cookie: cookie, Origin: server.url } });
  socket.on("error", () => undefined);
  return new Promise((resolve) => {
    socket.once("open", () => {
      resolve(101);
      socket.terminate();
    });
    socket.once("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
  });
}

/** Whether `/api/me` says the signed-in user must still choose their own password. */
async function mustChange(cookie: string): Promise<boolean> {
  const res = await server.api("/api/me", { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword;
}

describe("a password a beheerder set", () => {
  it("lets a new account do nothing but choose its own, which then opens everything", async () => {
    await start();
    const beheer = await server.login("beheer");
    const created = await server.api("/api/accounts", {
      cookie: beheer,
      body: buildAccountInput(server, { username: "pr.nieuw", role: "procesregisseur" }),
    });
    expect(created.status).toBe(201);
    const first = await server.login("pr.nieuw", NEW_PASSWORD);
    const second = await server.login("pr.nieuw", NEW_PASSWORD);
    expect(await mustChange(first)).toBe(true);
    expect(await refusalOf(await server.api("/api/cases", { cookie: first }))).toMatchObject({
      status: 403,
      code: "password_change_required",
    });
    const caseA = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
    expect(await upgradeStatus(first, `case/${caseA}/plan`)).toBe(401);

    // Wrong, unchanged or too short: refused with the field named, nothing changes.
    for (const [body, message] of [
      [{ huidig: "Niet-Het-Goede-Wachtwoord", nieuw: OWN }, "dit is niet uw huidige wachtwoord."],
      [{ huidig: NEW_PASSWORD, nieuw: NEW_PASSWORD }, "Kies een ander wachtwoord dan het huidige."],
      [{ huidig: NEW_PASSWORD, nieuw: "kort" }, "minstens 12 tekens"],
    ] as const) {
      const refused = await refusalOf(await changeOwn(first, body));
      expect(refused).toMatchObject({ status: 400, code: "bad_request" });
      expect(refused.message).toContain(message);
    }
    expect(await mustChange(first)).toBe(true);

    expect((await changeOwn(first, { huidig: NEW_PASSWORD, nieuw: OWN })).status).toBe(204);
    expect(await mustChange(first)).toBe(false);
    expect((await server.api("/api/cases", { cookie: first })).status).toBe(200);
    // The other session ended; the first password no longer works, the own one does.
    expect((await server.api("/api/me", { cookie: second })).status).toBe(401);
    const old = await server.api("/api/auth/login", {
      body: { username: "pr.nieuw", password: NEW_PASSWORD },
    });
    expect(old.status).toBe(401);
    expect(await mustChange(await server.login("pr.nieuw", OWN))).toBe(false);

    const entries = (await readAuditTrail(server, "action=account.password")).map((e) => [
      e.outcome,
      e.detail?.own,
    ]);
    expect(entries).toEqual([
      ["denied", true],
      ["allowed", true],
    ]);
    const trail = await auditFileText(server);
    for (const secret of [NEW_PASSWORD, OWN]) {
      expect(trail).not.toContain(secret);
      expect(logLines.join("\n")).not.toContain(secret);
    }
  });

  it("is demanded again after a beheerder resets it, but not when beheerders set their own", async () => {
    await start();
    const beheer = await server.login("beheer");
    const smit = server.store.users.findByUsername("dn.smit")?.id ?? "";
    const reset = await server.api(`/api/accounts/${smit}/password`, {
      cookie: beheer,
      body: { password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(204);
    const cookie = await server.login("dn.smit", NEW_PASSWORD);
    expect(await mustChange(cookie)).toBe(true);
    expect((await server.api("/api/actions", { cookie })).status).toBe(403);

    const own = server.store.users.findByUsername("beheer")?.id ?? "";
    const self = await server.api(`/api/accounts/${own}/password`, {
      cookie: beheer,
      body: { password: NEW_PASSWORD },
    });
    expect(self.status).toBe(204);
    expect(await mustChange(beheer)).toBe(false);
  });

  it("can be changed by any user who knows their current one, and not by a session alone", async () => {
    await start();
    const cookie = await server.login("dn.devries");
    expect(await mustChange(cookie)).toBe(false);
    const wrong = await changeOwn(cookie, { huidig: "geraden-wachtwoord", nieuw: OWN });
    expect(wrong.status).toBe(400);
    expect((await changeOwn(cookie, { huidig: "demo", nieuw: OWN })).status).toBe(204);
    expect((await server.api("/api/cases", { cookie })).status).toBe(200);
    expect((await changeOwn("", { huidig: OWN, nieuw: "Nog-Een-Ander-Wachtwoord" })).status).toBe(
      401,
    );
  });
});
