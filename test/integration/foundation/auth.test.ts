import { afterEach, describe, expect, it } from "vitest";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Logs in as `client` says it is, through the `X-Forwarded-For` a reverse proxy would add. */
function loginFrom(server: TestServer) {
  return (username: string, password: string, client: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: {
        origin: server.url,
        "content-type": "application/json",
        "x-forwarded-for": client,
      },
      body: JSON.stringify({ username, password }),
    });
}

describe("login, sessions and logout", () => {
  it("logs in with the demo password and sets an HttpOnly, SameSite=Strict session cookie", async () => {
    server = await startTestServer();
    const res = await server.api("/api/auth/login", {
      body: { username: "pr.jansen", password: "demo" },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { user: { username: string; role: string } };
    expect(body.user).toMatchObject({ username: "pr.jansen", role: "procesregisseur" });
    expect(JSON.stringify(body)).not.toContain("passwordHash");
    const cookie = res.headers.getSetCookie().join("\n");
    expect(cookie).toMatch(/casustafel_sid=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("answers a wrong password and an unknown user with the same generic 401", async () => {
    server = await startTestServer();
    const wrong = await server.api("/api/auth/login", {
      body: { username: "pr.jansen", password: "nee" },
    });
    const unknown = await server.api("/api/auth/login", {
      body: { username: "niemand", password: "demo" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("answers /api/me with the user for a valid session and 401 without one", async () => {
    server = await startTestServer();
    const cookie = await server.login("dn.devries");
    const me = await server.api("/api/me", { cookie });
    expect(me.status).toBe(200);
    expect(
      ((await me.json()) as { user: { organisationName: string } }).user.organisationName,
    ).toBe("GGZ Duinstreek");
    const anonymous = await server.api("/api/me");
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      "unauthenticated",
    );
  });

  it("ends the session on logout so the old cookie no longer works", async () => {
    server = await startTestServer();
    const cookie = await server.login("cr.bakker");
    const out = await server.api("/api/auth/logout", { method: "POST", cookie });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/casustafel_sid=;/);
    expect((await server.api("/api/me", { cookie })).status).toBe(401);
  });

  it("reports an expired session after the idle timeout", async () => {
    server = await startTestServer({ SESSION_IDLE_MINUTES: "0.005" });
    const cookie = await server.login("pr.jansen");
    await new Promise((r) => setTimeout(r, 600));
    const res = await server.api("/api/me", { cookie });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("session_expired");
  });

  it("says how long the session has left without counting the question as activity", async () => {
    // An idle timeout of 1.2 s, so activity is recorded at every request (a tenth of it).
    const started = await startTestServer({ SESSION_IDLE_MINUTES: "0.02" });
    server = started;
    const cookie = await started.login("pr.jansen");
    const left = async () => {
      const res = await started.api("/api/session", { cookie });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const first = await left();
    expect(first.status).toBe(200);
    expect(first.body.idleMs).toBeGreaterThan(0);
    expect(first.body.idleMs).toBeLessThanOrEqual(1_200);
    expect(first.body.absoluteMs).toBeGreaterThan(11 * 60 * 60_000);
    // Asked over and over, the session still ends: asking is no activity.
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 200));
      await left();
    }
    const ended = await left();
    expect(ended.status).toBe(401);
    expect((ended.body.error as { code: string }).code).toBe("session_expired");
    expect((await started.api("/api/session")).status).toBe(401);
  });

  it("refuses logins with 429 after ten failures for one username, even with the right password", async () => {
    server = await startTestServer();
    for (let i = 0; i < 10; i++) {
      const res = await server.api("/api/auth/login", {
        body: { username: "dn.smit", password: "fout" },
      });
      expect(res.status).toBe(401);
    }
    const blocked = await server.api("/api/auth/login", {
      body: { username: "dn.smit", password: "demo" },
    });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
      "too_many_attempts",
    );
  });

  it("behind a trusted proxy, counts failures per client address, not for everyone behind the proxy", async () => {
    server = await startTestServer({ TRUST_PROXY: "1", LOGIN_MAX_FAILURES_PER_ADDRESS: "3" });
    const login = loginFrom(server);
    // One client types three wrong passwords, each time for another account.
    for (const username of ["dn.smit", "dn.devries", "in.school"]) {
      expect((await login(username, "fout", "198.51.100.7")).status).toBe(401);
    }
    expect((await login("cr.bakker", "demo", "198.51.100.7")).status).toBe(429);
    // Someone else behind the same proxy logs in as usual.
    expect((await login("cr.bakker", "demo", "198.51.100.8")).status).toBe(200);
  });

  it("believes no X-Forwarded-For unless TRUST_PROXY says so", async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES_PER_ADDRESS: "3" });
    const login = loginFrom(server);
    for (const username of ["dn.smit", "dn.devries", "in.school"]) {
      expect((await login(username, "fout", `198.51.100.${username.length}`)).status).toBe(401);
    }
    // A forged header does not get around the limit per address.
    expect((await login("cr.bakker", "demo", "198.51.100.99")).status).toBe(429);
  });

  it("lets an office at one address log in after more wrong passwords than one username may have", async () => {
    server = await startTestServer();
    const login = loginFrom(server);
    for (let i = 0; i < 12; i++) {
      const username = ["dn.smit", "dn.devries", "in.school"][i % 3] ?? "";
      expect((await login(username, "fout", "127.0.0.1")).status).toBe(401);
    }
    expect((await login("cr.bakker", "demo", "127.0.0.1")).status).toBe(200);
  });

  it("audits a failed login against the account it was aimed at, by id, and whether the throttle refused it", async () => {
    server = await startTestServer({ LOGIN_MAX_FAILURES: "2" });
    const login = loginFrom(server);
    for (let i = 0; i < 3; i++)
      expect((await login("dn.smit", "fout", "127.0.0.1")).status).not.toBe(200);
    expect((await login("niemand.hier", "fout", "127.0.0.1")).status).toBe(401);
    const smit = server.store.users.findByUsername("dn.smit")?.id;
    const failed = await readAuditTrail(server, "action=auth.login_failed");
    expect(failed.map((e) => [e.targetId, e.detail?.throttled])).toEqual([
      [smit, undefined],
      [smit, undefined],
      [smit, true],
      [undefined, undefined],
    ]);
    expect(JSON.stringify(failed)).not.toContain("niemand.hier");
  });

  it("audits from which address each login and failed login came, the client's behind a trusted proxy", async () => {
    server = await startTestServer({ TRUST_PROXY: "1" });
    const login = loginFrom(server);
    expect((await login("dn.smit", "fout", "198.51.100.7")).status).toBe(401);
    expect((await login("dn.smit", "demo", "203.0.113.9")).status).toBe(200);
    const failed = await readAuditTrail(server, "action=auth.login_failed");
    const smit = server.store.users.findByUsername("dn.smit")?.id;
    const logins = await readAuditTrail(server, `action=auth.login&userId=${smit ?? ""}`);
    expect(failed.at(-1)?.detail?.address).toBe("198.51.100.7");
    expect(logins.map((e) => e.detail?.address)).toEqual(["203.0.113.9"]);
  });

  it("refuses a disabled account with the generic 401 and ends its sessions", async () => {
    server = await startTestServer();
    const cookie = await server.login("dn.smit");
    const user = server.store.users.findByUsername("dn.smit");
    await server.store.users.setDisabled(user?.id ?? "", true);
    expect((await server.api("/api/me", { cookie })).status).toBe(401);
    const res = await server.api("/api/auth/login", {
      body: { username: "dn.smit", password: "demo" },
    });
    expect(res.status).toBe(401);
  });
});
