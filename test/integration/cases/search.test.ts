import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.js";
import { search } from "./caseTestSupport.js";

const EXTRA_CASES = 5000;

let server: TestServer;
let pr: string;
let smit: string;
beforeAll(async () => {
  server = await startTestServer({ ZVH_DEMO_EXTRA_CASES: String(EXTRA_CASES) });
  pr = await server.login("pr.jansen");
  smit = await server.login("dn.smit");
}, 60_000);
afterAll(async () => server.stop());

describe("searching the case list with POST /api/cases/search", () => {
  it("finds Demo casus A by the person's name, ignoring case", async () => {
    const result = await search(server, pr, { zoekterm: "jeroen zandVOORT" });
    expect(result.items.map((row) => row.title)).toEqual(["Demo casus A"]);
    expect(result.items[0]).toMatchObject({ naam: "Jeroen Zandvoort", woonplaats: "Westerduin" });
  });

  it("finds a case by BSN, by postcode and by date of birth written dd-mm-jjjj", async () => {
    expect((await search(server, pr, { zoekterm: "111222333" })).items.map((r) => r.title)).toEqual(
      ["Demo casus A"],
    );
    expect((await search(server, pr, { zoekterm: "9999aa" })).items.map((r) => r.title)).toEqual([
      "Demo casus A",
    ]);
    expect(
      (await search(server, pr, { zoekterm: "12-04-1991" })).items.map((r) => r.title),
    ).toEqual(["Demo casus A"]);
  });

  it("finds the same case by date of birth in every written form: jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj", async () => {
    for (const zoekterm of ["1991-04-12", "12-04-1991", "12-4-1991", "12/04/1991"]) {
      const result = await search(server, pr, { zoekterm, pageSize: 100 });
      expect(
        result.items.map((r) => r.title),
        zoekterm,
      ).toEqual(["Demo casus A"]);
    }
  });

  it("never lets dn.smit find Demo casus A, not by its name or BSN either", async () => {
    for (const zoekterm of ["", "Zandvoort", "111222333", "9999 AA", "12-04-1991"]) {
      const result = await search(server, smit, { zoekterm, pageSize: 100 });
      expect(result.items.map((row) => row.title)).not.toContain("Demo casus A");
    }
    expect((await search(server, smit, { zoekterm: "Zandvoort" })).total).toBe(0);
  });

  it("answers dn.smit 404 for Demo casus A's detail, the same as for an unknown id", async () => {
    const id = (await search(server, pr, { zoekterm: "Zandvoort" })).items[0]?.id ?? "";
    expect((await server.api(`/api/cases/${id}`, { cookie: smit })).status).toBe(404);
    expect((await server.api("/api/cases/case_onbekend", { cookie: smit })).status).toBe(404);
    expect((await server.api(`/api/cases/${id}`, { cookie: pr })).status).toBe(200);
  });

  it("shows dn.smit only the cases they take part in", async () => {
    const result = await search(server, smit, { pageSize: 100 });
    expect(result.items.map((row) => row.title).sort()).toEqual([
      "Demo casus B",
      "Demo casus C",
      "Demo casus D",
    ]);
  });

  it("pages through all matches without overlap, newest first", async () => {
    const first = await search(server, pr, { pageSize: 50, page: 1 });
    const second = await search(server, pr, { pageSize: 50, page: 2 });
    expect(first.total).toBe(EXTRA_CASES + 4);
    expect(first.items).toHaveLength(50);
    const ids = new Set([...first.items, ...second.items].map((row) => row.id));
    expect(ids.size).toBe(100);
    const dates = [...first.items, ...second.items].map((row) => row.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("returns an empty page past the last one, with the total", async () => {
    const result = await search(server, pr, { zoekterm: "Zandvoort", page: 3 });
    expect(result.items).toEqual([]);
    expect(result.total).toBe(1);
  });

  it("filters on phase", async () => {
    const result = await search(server, pr, { fase: ["uitvoering", "triage"], pageSize: 100 });
    expect(result.items.map((row) => row.title).sort()).toEqual(["Demo casus B", "Demo casus C"]);
  });

  it("filters on gemeente and offers the gemeenten of visible cases", async () => {
    const result = await search(server, pr, { gemeente: "Oosterveld", pageSize: 100 });
    expect(result.items.every((row) => row.gemeente === "Oosterveld")).toBe(true);
    expect(result.total).toBe(EXTRA_CASES / 2 + 2);
    expect(result.gemeenten).toEqual(["Oosterveld", "Westerduin"]);
    expect(result.regios).toEqual(["Regio Westerduin"]);
  });

  it("filters on oordeel: Demo casus C, triaged in the demo data, has a colour; the rest are open", async () => {
    expect((await search(server, pr, { oordeel: ["open"] })).total).toBe(EXTRA_CASES + 3);
    const judged = await search(server, pr, { oordeel: ["rood", "oranje", "groen"] });
    expect(judged.items.map((row) => row.title)).toEqual(["Demo casus C"]);
  });

  it("sorts on the person's name", async () => {
    const result = await search(server, pr, {
      sort: { veld: "naam", richting: "asc" },
      pageSize: 100,
    });
    const names = result.items.map((row) => row.naam ?? "");
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nl")));
  });

  it("answers 400 naming the field for an unknown phase or a page size over the limit", async () => {
    const badPhase = await server.api("/api/cases/search", { cookie: pr, body: { fase: ["x"] } });
    expect(badPhase.status).toBe(400);
    expect(await badPhase.text()).toContain('veld \\"Fase\\"');
    const tooBig = await server.api("/api/cases/search", { cookie: pr, body: { pageSize: 1000 } });
    expect(tooBig.status).toBe(400);
  });

  it("refuses a search without a session", async () => {
    expect((await server.api("/api/cases/search", { body: {} })).status).toBe(401);
  });

  it("finds every matching case among 5,000 on each repeat, and reports how long it took", async () => {
    const runs: number[] = [];
    const totals = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      const result = await search(server, pr, {
        zoekterm: "akkerwinde",
        sort: { veld: "naam", richting: "asc" },
      });
      runs.push(performance.now() - started);
      totals.add(result.total);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `search over ${EXTRA_CASES + 4} cases: median ${runs[10]?.toFixed(1)} ms, max ${runs[19]?.toFixed(1)} ms`,
    );
    // Every seventh generated case is an Akkerwinde (server/demo/seedDemo.ts).
    expect([...totals]).toEqual([Math.floor(EXTRA_CASES / 7)]);
  });
});
