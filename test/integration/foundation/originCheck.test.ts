import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const FOREIGN = "https://elders.example";

/** Sends `method path` as a browser page would, with exactly these `headers` besides the cookie. */
function send(
  server: TestServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  { cookie, body }: { cookie?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(server.url + path, {
    method,
    headers: {
      ...headers,
      ...(cookie === undefined ? {} : { cookie }),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe("changes sent from another origin", () => {
  it("refuses a logout from a page of another origin with 403 foreign_origin, and the session stays", async () => {
    const logLines: string[] = [];
    server = await startTestServer({}, undefined, logLines);
    const cookie = await server.login("pr.jansen");

    const res = await send(server, "POST", "/api/auth/logout", { origin: FOREIGN }, { cookie });
    expect(res.status).toBe(403);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("foreign_origin");
    expect(error.message).toContain("niet van een pagina van Casustafel");
    expect((await server.api("/api/me", { cookie })).status).toBe(200);

    const line = logLines.find((l) => l.includes("sent from a foreign origin"));
    expect(line).toBeDefined();
    expect(line).toContain('"route":"/api/auth/logout"');
    expect(line).not.toContain(FOREIGN);
    expect(line).not.toContain("jansen");
  });

  it("refuses a login from another origin, so no session cookie is set", async () => {
    server = await startTestServer();
    const res = await send(
      server,
      "POST",
      "/api/auth/login",
      { origin: FOREIGN },
      { body: { username: "pr.jansen", password: "demo" } },
    );
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("refuses a change a browser marks as sent from another origin of the same site, without an Origin header", async () => {
    server = await startTestServer();
    const cookie = await server.login("pr.jansen");
    const res = await send(
      server,
      "POST",
      "/api/auth/logout",
      { "sec-fetch-site": "same-site" },
      { cookie },
    );
    expect(res.status).toBe(403);
    expect((await server.api("/api/me", { cookie })).status).toBe(200);
  });

  it("refuses a page whose origin is 'null' (a sandboxed frame, a file)", async () => {
    server = await startTestServer();
    const cookie = await server.login("pr.jansen");
    const res = await send(server, "POST", "/api/auth/logout", { origin: "null" }, { cookie });
    expect(res.status).toBe(403);
  });
});

describe("changes the server accepts", () => {
  it("from its own pages, from an origin in ALLOWED_ORIGINS, and from a client that is no browser page", async () => {
    server = await startTestServer({ ALLOWED_ORIGINS: "http://ontwikkel.local:5173" });
    const own = await server.login("pr.jansen");
    const ownHeaders = { origin: server.url, "sec-fetch-site": "same-origin" };
    expect((await send(server, "POST", "/api/auth/logout", ownHeaders, { cookie: own })).ok).toBe(
      true,
    );

    const extra = await server.login("pr.jansen");
    const extraHeaders = { origin: "http://ontwikkel.local:5173", "sec-fetch-site": "cross-site" };
    const fromExtra = await send(server, "POST", "/api/auth/logout", extraHeaders, {
      cookie: extra,
    });
    expect(fromExtra.ok).toBe(true);

    const script = await server.login("pr.jansen");
    expect((await send(server, "POST", "/api/auth/logout", {}, { cookie: script })).ok).toBe(true);
    expect((await server.api("/api/me", { cookie: script })).status).toBe(401);
  });

  it("opens a page of the app from a link on another site, and answers reads of its own pages", async () => {
    server = await startTestServer();
    const cookie = await server.login("pr.jansen");
    const page = await send(server, "GET", "/casussen", { "sec-fetch-site": "cross-site" });
    expect(page.status).toBe(200);
    const own = await send(
      server,
      "GET",
      "/api/me",
      { "sec-fetch-site": "same-origin" },
      { cookie },
    );
    expect(own.status).toBe(200);
  });

  it("takes a form post of its own page, whose Origin the no-referrer policy makes 'null'", async () => {
    server = await startTestServer();
    const cookie = await server.login("pr.jansen");
    const headers = { origin: "null", "sec-fetch-site": "same-origin" };
    expect((await send(server, "POST", "/api/auth/logout", headers, { cookie })).ok).toBe(true);
  });
});

describe("reads sent from another origin", () => {
  it("refuses an API read an <img> or a fetch on another origin of the site sends, so nothing is read or audited in the user's name", async () => {
    const running = await startTestServer();
    server = running;
    const cookie = await running.login("pr.jansen");
    const beheer = await running.login("beheer");
    const cases = (await (await server.api("/api/cases", { cookie })).json()) as {
      cases: { id: string }[];
    };
    const caseId = cases.cases[0]?.id ?? "";
    const viewsOf = async () => {
      const res = await running.api(`/api/audit?caseId=${caseId}`, { cookie: beheer });
      const { entries } = (await res.json()) as { entries: { action: string }[] };
      return entries.filter((e) => e.action === "case.view").length;
    };
    const before = await viewsOf();

    const img = await send(
      server,
      "GET",
      `/api/cases/${caseId}`,
      { "sec-fetch-site": "same-site" },
      {
        cookie,
      },
    );
    expect(img.status).toBe(403);
    const fetched = await send(
      server,
      "GET",
      `/api/cases/${caseId}`,
      { origin: FOREIGN },
      { cookie },
    );
    expect(fetched.status).toBe(403);
    expect(fetched.headers.get("access-control-allow-origin")).toBeNull();
    // The router serves a percent-encoded path as the API: the check reads the path as it does.
    const encoded = await send(
      server,
      "GET",
      `/%61pi/cases/${caseId}`,
      { "sec-fetch-site": "same-site" },
      { cookie },
    );
    expect(encoded.status).toBe(403);
    expect(await viewsOf()).toBe(before);
    // The same read from the app's own page is answered and audited.
    const own = await send(
      server,
      "GET",
      `/api/cases/${caseId}`,
      { "sec-fetch-site": "same-origin" },
      {
        cookie,
      },
    );
    expect(own.status).toBe(200);
    expect(await viewsOf()).toBe(before + 1);
  });
});
