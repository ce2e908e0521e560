import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { wallTimeOf } from "../../../shared/domain/regionTime.js";
import { readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle, demoUser } from "../../support/sessionClient.js";
import { createAccount } from "../accounts/accountSupport.js";

let server: TestServer;
let chair: string;
let caseA: string;

beforeEach(async () => {
  server = await startTestServer();
  chair = await server.login("pr.jansen");
  caseA = await caseIdByTitle(server, chair, "Demo casus A");
});
afterEach(async () => {
  await server.stop();
});

/**
 * Plans an overleg next week with a general item and case A, `invitees` at both (or, with
 * `atCaseOnly`, at the case's slot only); the answer as it came.
 */
function plan(invitees: string[], chairUserId?: string, atCaseOnly = false) {
  const { date, time } = wallTimeOf(new Date(Date.now() + 7 * 86_400_000));
  return server.api("/api/meetings", {
    cookie: chair,
    body: {
      title: "Casusoverleg",
      kind: "casusoverleg",
      date,
      time,
      location: "ZVH Westerduin",
      ...(chairUserId === undefined ? {} : { chairUserId }),
      agenda: [
        { title: "Opening", plannedMinutes: 5, invitees: atCaseOnly ? [] : invitees },
        { caseId: caseA, plannedMinutes: 30, invitees },
      ],
    },
  });
}

async function errorOf(res: Response): Promise<string> {
  return ((await res.json()) as { error: { message: string } }).error.message;
}

describe("planning an overleg across regions", () => {
  it("refuses an invitee from another region, at a case and at a general item, and stores nothing", async () => {
    const school = demoUser(server, "in.school").id;
    await server.store.users.update(school, { regio: "Regio Oost" });
    const before = server.store.meetings.list().length;
    const res = await plan([school]);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toContain("onbekende deelnemer");
    // At the case's slot alone too: the case's region decides there.
    const atCase = await plan([school], undefined, true);
    expect(atCase.status).toBe(400);
    expect(await errorOf(atCase)).toContain('"Agendapunt 2: uitgenodigd"');
    expect(server.store.meetings.list()).toHaveLength(before);
    // Back in the region, the same plan is taken.
    const region = server.store.users.findByUsername("pr.jansen")?.regio ?? "";
    await server.store.users.update(school, { regio: region });
    expect((await plan([school])).status).toBe(201);
  });

  it("refuses a chair from another region", async () => {
    const beheer = await server.login("beheer");
    const other = await createAccount(server, beheer, {
      username: "pr.oost",
      role: "procesregisseur",
    });
    await server.store.users.update(other.id, { regio: "Regio Oost" });
    const res = await plan([], other.id);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toContain("procesregisseur van uw regio");
  });
  it("answers a case of another region as an unknown one, and records the refusal naming the case", async () => {
    // The planner moves to another region: case A is no longer theirs to plan.
    await server.store.users.update(demoUser(server, "pr.jansen").id, { regio: "Regio Oost" });
    const res = await plan([]);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toContain("onbekende casus");
    const unknown = await server.api("/api/meetings", {
      cookie: chair,
      body: {
        title: "Casusoverleg",
        kind: "casusoverleg",
        ...wallTimeOf(new Date(Date.now() + 7 * 86_400_000)),
        location: "ZVH Westerduin",
        agenda: [{ caseId: "case_onbekend", plannedMinutes: 30, invitees: [] }],
      },
    });
    expect(await errorOf(unknown)).toContain("onbekende casus");

    const entries = (await readAuditTrail(server, "action=meeting.update")).filter(
      (e) => e.outcome === "denied",
    );
    // The case the planner may not use, once; the typed id that names no case, never.
    expect(entries.map((e) => [e.caseId, e.actor.kind === "user" && e.actor.username])).toEqual([
      [caseA, "pr.jansen"],
    ]);
  });
});
