import { describe, expect, it } from "vitest";
import { startTestServer } from "../../support/server.js";

describe("what the log holds", () => {
  it("never contains a password, a session token or a person's data", async () => {
    const lines: string[] = [];
    const server = await startTestServer({}, undefined, lines);
    const cookie = await server.login("pr.jansen");
    await server.api("/api/auth/login", {
      body: { username: "pr.jansen", password: "geheim-fout" },
    });
    await server.api("/api/cases", { cookie });
    await server.api("/api/auth/login", { body: { username: "x", password: "y".repeat(400_000) } });
    await server.stop();
    const log = lines.join("\n");
    expect(log).toContain("login");
    expect(log).not.toContain("geheim-fout");
    expect(log).not.toContain(cookie.split("=")[1]);
    expect(log).not.toContain("Zandvoort");
    expect(log).not.toContain("111222333");
  });
});
