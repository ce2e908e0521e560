/**
 * A case search term is personal data (a name, a BSN, a date of birth). It travels in the body of
 * `POST /api/cases/search`, so it is in no address, and the server writes it to neither its log
 * nor the audit trail. The answer holds list rows only, and a BSN or postcode finds a case only
 * for whoever may see them.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";
import { planWithSchool } from "../meetings/meetingSupport.js";
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

  it("answers list rows only, and finds a case by BSN or postcode only for whoever may see them", async () => {
    const pr = await server.login("pr.jansen");
    const caseC = await caseIdByTitle(server, pr, "Demo casus C");
    // The school's guest, cleared for Demo casus C by a signed verklaring, sees its name only.
    const planned = await planWithSchool(server, pr, caseC, new Date(Date.now() + 10 * 60_000));
    const guest = await server.login("in.school");
    const signed = await server.api(`/api/meetings/${planned.id}/verklaring`, {
      cookie: guest,
      body: { akkoord: true },
    });
    expect(signed.status).toBe(200);

    const res = await server.api("/api/cases/search", {
      cookie: guest,
      body: { zoekterm: "Rick" },
    });
    const raw = await res.text();
    const answer = JSON.parse(raw) as { items: { title: string }[] };
    expect(Object.keys(answer).sort()).toEqual([
      "gemeenten",
      "items",
      "page",
      "pageSize",
      "regios",
      "total",
    ]);
    expect(answer.items.map((r) => r.title)).toEqual(["Demo casus C"]);
    for (const detail of ["123456782", "9999 CC", "participants", "aanmelding"]) {
      expect(raw, detail).not.toContain(detail);
    }
    const titles = async (cookie: string, zoekterm: string) =>
      (await search(server, cookie, { zoekterm })).items.map((r) => r.title);
    expect(await titles(guest, "123456782")).toEqual([]);
    expect(await titles(guest, "9999 CC")).toEqual([]);
    expect(await titles(guest, "03-02-1999")).toEqual(["Demo casus C"]);
    expect(await titles(pr, "123456782")).toEqual(["Demo casus C"]);
  });
});
