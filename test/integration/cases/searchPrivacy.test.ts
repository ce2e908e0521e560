/**
 * A case search term is personal data (a name, a BSN, a date of birth). It travels in the body of
 * `POST /api/cases/search`, so it is in no address, and the server writes it to neither its log
 * nor the audit trail.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";
import { search } from "./caseTestSupport.js";

/** Demo casus A's person, in every form a user might type. */
const TERMS = ["Jeroen Zandvoort", "111222333", "1991-04-12", "12-04-1991", "12-4-1991"];

let server: TestServer;
const logLines: string[] = [];
beforeAll(async () => {
  server = await startTestServer({}, undefined, logLines);
});
afterAll(async () => server.stop());

async function auditText(): Promise<string> {
  const dir = join(server.dataDir, "audit");
  const files = await readdir(dir);
  return (await Promise.all(files.map((f) => readFile(join(dir, f), "utf8")))).join("\n");
}

describe("the privacy of a case search", () => {
  it("finds Demo casus A by each term, and neither the log nor the audit trail holds any of them", async () => {
    const pr = await server.login("pr.jansen");
    for (const zoekterm of TERMS) {
      const result = await search(server, pr, { zoekterm });
      expect(
        result.items.map((r) => r.title),
        zoekterm,
      ).toEqual(["Demo casus A"]);
    }
    const audit = await auditText();
    expect(audit).toContain("case.search");
    const log = logLines.join("\n");
    for (const term of [...TERMS, "Zandvoort", "1991"]) {
      expect(log, term).not.toContain(term);
      expect(audit, term).not.toContain(term);
    }
  });

  it("offers no search that takes the term from the address", async () => {
    const pr = await server.login("pr.jansen");
    const res = await server.api("/api/cases/search?zoekterm=1991-04-12", { cookie: pr });
    expect(res.status).toBe(404);
  });
});
