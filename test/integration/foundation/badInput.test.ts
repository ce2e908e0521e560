import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe("bad input over HTTP", () => {
  it("names the missing field when the login body is incomplete", async () => {
    const res = await server.api("/api/auth/login", { body: { username: "pr.jansen" } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('"Wachtwoord"');
  });

  it("says in Dutch words what type a field should have", async () => {
    const res = await server.api("/api/auth/login", {
      body: { username: 12345, password: "demo" },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toBe(
      'Ongeldige invoer in veld "Gebruikersnaam": verwacht tekst, maar kreeg een getal.',
    );
  });

  it("answers malformed JSON with 400 and no stack trace", async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{bad json",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("Ongeldige JSON");
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });

  it("answers an oversized body with 413", async () => {
    const res = await server.api("/api/auth/login", {
      body: { username: "pr.jansen", password: "x".repeat(400_000) },
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("payload_too_large");
  });

  it("answers a non-JSON body with 400", async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "username=pr.jansen",
    });
    expect(res.status).toBe(400);
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const res = await server.api("/api/bestaat-niet");
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("answers an address the router refuses in its own error shape, never echoing the address", async () => {
    const tooLong = await server.api(`/api/cases/${"x".repeat(120)}Jansen`);
    expect(tooLong.status).toBe(414);
    expect(tooLong.headers.get("cache-control")).toBe("no-store");
    const tooLongText = await tooLong.text();
    expect(JSON.parse(tooLongText)).toEqual({
      error: { code: "uri_too_long", message: "Het adres is te lang." },
    });
    expect(tooLongText).not.toContain("Jansen");

    const badEncoding = await server.api("/api/cases/%ZZ-Jansen");
    expect(badEncoding.status).toBe(400);
    const badEncodingText = await badEncoding.text();
    expect(JSON.parse(badEncodingText)).toEqual({
      error: { code: "bad_request", message: "Ongeldig adres." },
    });
    expect(badEncodingText).not.toContain("Jansen");
  });

  it("answers what the HTTP parser refuses (headers too large, a malformed request) in its own error shape", async () => {
    const huge = await fetch(`${server.url}/api/health`, {
      headers: { "x-opvulling": "a".repeat(20_000) },
    });
    expect(huge.status).toBe(431);
    expect((await errorOf(huge)).code).toBe("headers_too_large");

    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(server.url).port), "127.0.0.1");
      let received = "";
      socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
      socket.write("NIET EEN VERZOEK\r\n\r\n");
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4))).toEqual({
      error: { code: "bad_request", message: "Ongeldig verzoek." },
    });
  });

  it("keeps serving after all of the above", async () => {
    expect((await server.api("/api/health")).status).toBe(200);
  });

  it("sends security headers and no-store on every API response", async () => {
    const res = await server.api("/api/health");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
