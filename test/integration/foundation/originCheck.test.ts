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

  it("answers reads from another origin as usual (without CORS headers no page there reads them)", async () => {
    server = await startTestServer();
    const cookie = await server.login("pr.jansen");
    const res = await send(server, "GET", "/api/me", { origin: FOREIGN }, { cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
