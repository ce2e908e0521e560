import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLeefgebiedScore } from "../../../shared/docs/leefgebiedenDoc.js";
import { setCriterion, setRtiG } from "../../../shared/docs/triageDoc.js";
import { TRIAGE_CRITERIA } from "../../../shared/domain/triage.js";
import { caseDocName } from "../../../shared/wire/docNames.js";
import { waitFor } from "../../support/collabClient.js";
import { pollUntil } from "../../support/eventually.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, connectAs, demoUser } from "../../support/sessionClient.js";
import { caseDetail, registerCase, search } from "./caseTestSupport.js";

let server: TestServer;
let pr: string;
beforeAll(async () => {
  server = await startTestServer();
  pr = await server.login("pr.jansen");
});
afterAll(async () => server.stop());

async function decide(cookie: string, id: string, body: unknown): Promise<Response> {
  return server.api(`/api/cases/${id}/triage-besluit`, { cookie, body });
}

describe("the triage summary kept by the server", () => {
  it("counts the open questions of a fresh registration for the list", async () => {
    const id = await registerCase(server, await server.login("dn.devries"));
    const row = (await search(server, pr, { zoekterm: "Vlotgras", pageSize: 100 })).items.find(
      (r) => r.id === id,
    );
    // Five criteria, the RTI-G, fourteen leefgebieden and one "bekend bij ons" (GGZ).
    expect(row).toMatchObject({ phase: "aanmelding", oordeel: "open", openVragen: 21 });
  });

  it("updates the summary and moves the case to triage after a real client edits the triage document", async () => {
    const devries = await server.login("dn.devries");
    const id = await registerCase(server, devries);
    const client = connectAs(server, devries, caseDocName(id, "triage"));
    try {
      await waitFor(() => client.provider.synced, "triage document synced");
      const stamp = { by: demoUser(server, "dn.devries").id, at: new Date().toISOString() };
      client.doc.transact(() => {
        for (const criterion of TRIAGE_CRITERIA) setCriterion(client.doc, criterion, "ja", stamp);
        setRtiG(client.doc, "hoog", stamp);
      });

      const detail = await pollUntil(
        () => caseDetail(server, devries, id),
        (d) => d.triageSummary?.answered === 6,
        "triage summary with six answers",
        20_000,
      );
      expect(detail.phase).toBe("triage");
      expect(detail.triageSummary).toMatchObject({ voorlopig: false, open: 15, total: 21 });
      expect(detail.triageSummary?.rulesVersion).toMatch(/\S/);

      const row = (await search(server, pr, { zoekterm: "Vlotgras", pageSize: 100 })).items.find(
        (r) => r.id === id,
      );
      expect(row?.openVragen).toBe(15);
      expect(row?.oordeel).toBe(detail.triageSummary?.oordeel);

      // The decision keeps the outcome of what the partners filled in, not of empty documents.
      expect((await decide(pr, id, { besluit: "casusoverleg" })).status).toBe(200);
      const decided = await caseDetail(server, pr, id);
      expect(decided.triage?.result.criteria.every((c) => c.answer === "ja")).toBe(true);
      expect(decided.triage?.result.oordeel).toBe(detail.triageSummary?.oordeel);
    } finally {
      client.destroy();
    }
  });

  it("counts a leefgebied score from the leefgebieden document", async () => {
    const devries = await server.login("dn.devries");
    const id = await registerCase(server, devries);
    const client = connectAs(server, devries, caseDocName(id, "leefgebieden"));
    try {
      await waitFor(() => client.provider.synced, "leefgebieden document synced");
      setLeefgebiedScore(client.doc, "huisvesting", 1, {
        by: demoUser(server, "dn.devries").id,
        at: new Date().toISOString(),
      });
      await pollUntil(
        () => caseDetail(server, devries, id),
        (d) => d.triageSummary?.open === 20,
        "triage summary counting the score",
        20_000,
      );
    } finally {
      client.destroy();
    }
  });
});

describe("the triage decision, POST /api/cases/:id/triage-besluit", () => {
  it("moves the case to casusoverleg and stores the result with its rules version, who and when", async () => {
    const id = await registerCase(server, await server.login("dn.devries"));
    const res = await decide(pr, id, { besluit: "casusoverleg", toelichting: "Voldoet." });
    expect(res.status).toBe(200);

    const detail = await caseDetail(server, pr, id);
    expect(detail.phase).toBe("casusoverleg");
    expect(detail.mayDecideTriage).toBe(false);
    expect(detail.triage).toMatchObject({
      besluit: "casusoverleg",
      toelichting: "Voldoet.",
      decidedBy: { displayName: "Petra Jansen" },
    });
    expect(detail.triage?.rulesVersion).toBe(detail.triage?.result.rulesVersion);
    expect(Date.parse(detail.triage?.decidedAt ?? "")).not.toBeNaN();
    expect(detail.participants).toContainEqual(
      expect.objectContaining({ displayName: "Petra Jansen", caseRole: "procesregisseur" }),
    );
  });

  it("closes the case read-only with the outcome recorded on advies", async () => {
    const devries = await server.login("dn.devries");
    const id = await registerCase(server, devries);
    const res = await decide(pr, id, {
      besluit: "advies",
      toelichting: "Schakel het wijkteam in.",
    });
    expect(res.status).toBe(200);
    const detail = await caseDetail(server, devries, id);
    expect(detail).toMatchObject({ phase: "gesloten", access: "read" });
    expect(detail.triage?.besluit).toBe("advies");
  });

  it("answers 409 when the triage was already decided", async () => {
    const id = await registerCase(server, await server.login("dn.devries"));
    expect((await decide(pr, id, { besluit: "casusoverleg" })).status).toBe(200);
    expect((await decide(pr, id, { besluit: "terugverwijzen", toelichting: "x" })).status).toBe(
      409,
    );
  });

  it("requires a toelichting for terugverwijzen, naming the field", async () => {
    const id = await registerCase(server, await server.login("dn.devries"));
    const res = await decide(pr, id, { besluit: "terugverwijzen" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Toelichting");
  });

  it("refuses a participant who is not a procesregisseur with 403", async () => {
    const devries = await server.login("dn.devries");
    const id = await registerCase(server, devries);
    expect((await decide(devries, id, { besluit: "casusoverleg" })).status).toBe(403);
    expect((await caseDetail(server, devries, id)).phase).toBe("aanmelding");
  });

  it("answers 404 to a user who may not see the case, as for an unknown id", async () => {
    const id = await registerCase(server, await server.login("dn.devries"));
    const smit = await server.login("dn.smit");
    expect((await decide(smit, id, { besluit: "casusoverleg" })).status).toBe(404);
    expect((await decide(pr, "case_bestaatniet", { besluit: "casusoverleg" })).status).toBe(404);
  });
});

describe("the triage summary of a case nobody has opened yet", () => {
  let region: TestServer;
  beforeAll(async () => {
    region = await startTestServer({ ZVH_DEMO_EXTRA_CASES: "1" });
  });
  afterAll(async () => region.stop());

  it("is there from the start, and opening the still empty documents stores nothing new", async () => {
    const cookie = await region.login("pr.jansen");
    const id = await caseIdByTitle(region, cookie, "Casus 0001");
    const before = structuredClone(region.store.cases.get(id)?.triageSummary);
    expect(before).toMatchObject({ answered: 0, open: expect.any(Number) as number });
    expect(before?.open).toBeGreaterThan(0);

    // Watch the outcomes the server stores (true: written) while the documents are opened.
    const cases = region.store.cases;
    const outcomes: boolean[] = [];
    const setTriageSummary = cases.setTriageSummary.bind(cases);
    cases.setTriageSummary = async (...args) => {
      const written = await setTriageSummary(...args);
      outcomes.push(written);
      return written;
    };
    const client = connectAs(region, cookie, caseDocName(id, "triage"));
    try {
      await waitFor(() => client.provider.synced, "triage document synced");
      await waitFor(() => outcomes.length > 0, "the server judged the opened case");
    } finally {
      client.destroy();
    }
    expect(outcomes).toEqual([false]);
    expect(region.store.cases.get(id)?.triageSummary).toEqual(before);
  });
});
