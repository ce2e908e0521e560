import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ActionList, CaseActions, SignalList } from "../../../shared/api/actions.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { readLeefgebieden } from "../../../shared/docs/leefgebiedenDoc.js";
import { readActionItems } from "../../../shared/docs/planDoc.js";
import { readProseText } from "../../../shared/docs/proseDoc.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";

let server: TestServer;
let caseC: string;

beforeEach(async () => {
  server = await startTestServer();
  caseC = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus C");
});
afterEach(async () => {
  await server.stop();
});

async function json<T>(path: string, username: string): Promise<T> {
  const res = await server.api(path, { cookie: await server.login(username) });
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

describe("the demo region's documents", () => {
  it("open Demo casus C with its triage judged, leefgebieden scored and analysis written", async () => {
    const detail = await json<CaseDetail>(`/api/cases/${caseC}`, "pr.jansen");
    expect(detail.triageSummary).toMatchObject({
      oordeel: "rood",
      advies: "casusoverleg",
      voorlopig: false,
      open: 0,
    });

    const leefgebieden = await server.collab.openDocument(`case/${caseC}/leefgebieden`);
    expect(readLeefgebieden(leefgebieden.doc).value.scores.financien?.score).toBe(2);
    leefgebieden.release();
    const analyse = await server.collab.openDocument(`case/${caseC}/analyse`);
    const text = readProseText(analyse.doc).value;
    analyse.release();
    const lines = text.split("\n");
    const written = lines.findIndex((line) =>
      line.startsWith("Zeven politiecontacten in een jaar"),
    );
    expect(written).toBeGreaterThan(lines.indexOf("Aanleiding"));
    expect(written).toBeLessThan(lines.indexOf("Hulpvraag en doel"));
  });

  it("track Demo casus C's plan actions: one done, one overdue signalled, one open for the police", async () => {
    const overview = await json<CaseActions>(`/api/cases/${caseC}/actions`, "cr.bakker");
    expect(overview.progress).toEqual({ afgerond: 1, totaal: 3, teLaat: 1 });

    const mine = await json<ActionList>(`/api/actions?assignee=me&caseId=${caseC}`, "cr.bakker");
    expect(mine.actions.map((a) => a.text)).toEqual([
      "Meldplicht bewaken en bij verzuim de officier informeren",
    ]);
    const signals = await json<SignalList>("/api/signals", "dn.smit");
    expect(signals.signals.map((s) => s.action?.id)).toEqual([`${caseC}~act_demo_2`]);

    const plan = await server.collab.openDocument(`case/${caseC}/plan`);
    const lines = readProseText(plan.doc).value.split("\n");
    plan.release();
    const at = (line: string): number => lines.indexOf(line);
    const meldplicht = at("Meldplicht bewaken en bij verzuim de officier informeren");
    expect(meldplicht).toBeGreaterThan(at("Straf-, dwang- en drang-interventies"));
    expect(meldplicht).toBeLessThan(at("Afspraken bij een nieuw incident"));
  });

  it("are written once: a restart on the same data leaves them as they are", async () => {
    const dir = server.dataDir;
    await server.stop({ keepData: true });
    server = await startTestServer({}, dir);
    const plan = await server.collab.openDocument(`case/${caseC}/plan`);
    expect(readActionItems(plan.doc).value.map((a) => a.id)).toEqual([
      "act_demo_1",
      "act_demo_2",
      "act_demo_3",
    ]);
    plan.release();
  });
});
