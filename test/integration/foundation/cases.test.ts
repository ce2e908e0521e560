import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.stop());

async function caseTitles(username: string): Promise<string[]> {
  const res = await server.api("/api/cases", { cookie: await server.login(username) });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { cases: { title: string; phase: string; id: string }[] };
  return body.cases.map((c) => c.title);
}

describe("the demo region and GET /api/cases", () => {
  it("seeds at least three cases in different phases", async () => {
    const res = await server.api("/api/cases", { cookie: await server.login("pr.jansen") });
    const { cases } = (await res.json()) as { cases: { phase: string }[] };
    expect(cases.length).toBeGreaterThanOrEqual(3);
    expect(new Set(cases.map((c) => c.phase)).size).toBeGreaterThanOrEqual(3);
  });

  it("shows Demo casus A to its participants pr.jansen, cr.bakker and dn.devries", async () => {
    for (const user of ["pr.jansen", "cr.bakker", "dn.devries"]) {
      expect(await caseTitles(user)).toContain("Demo casus A");
    }
  });

  it("does not show Demo casus A to dn.smit, who is not a participant", async () => {
    const titles = await caseTitles("dn.smit");
    expect(titles).not.toContain("Demo casus A");
    expect(titles).toContain("Demo casus B");
  });

  it("shows no cases to the beheerder, who manages accounts but has no need to know", async () => {
    expect(await caseTitles("beheer")).toEqual([]);
  });

  it("refuses the case list without a session", async () => {
    expect((await server.api("/api/cases")).status).toBe(401);
  });
});
