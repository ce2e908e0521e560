import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanningOptions } from "../../../shared/api/meetings.js";
import { startTestServer, type TestServer } from "../../support/server.js";

let server: TestServer;
let options: PlanningOptions;
beforeAll(async () => {
  server = await startTestServer();
  const chair = await server.login("pr.jansen");
  const res = await server.api("/api/meetings/planning-options", { cookie: chair });
  expect(res.status).toBe(200);
  options = (await res.json()) as PlanningOptions;
});
afterAll(async () => server.stop());

function planningCase(title: string) {
  const found = options.cases.find((c) => c.title === title);
  if (!found) throw new Error(`not plannable: ${title}`);
  return found;
}

const names = (people: { displayName: string }[]) => people.map((p) => p.displayName);

describe("what the planning form offers per case", () => {
  it("names the region's procesregisseur outside the case team as a standing partner, not as an incidental guest", () => {
    const d = planningCase("Demo casus D");
    expect(names(d.participants)).toEqual(["Noor Smit"]);
    expect(d.standingOutsideTeam).toEqual([
      expect.objectContaining({ displayName: "Petra Jansen", incidental: false }),
    ]);
  });

  it("lists nobody twice: a procesregisseur on the team is a participant only", () => {
    const a = planningCase("Demo casus A");
    expect(names(a.participants)).toContain("Petra Jansen");
    expect(a.standingOutsideTeam).toEqual([]);
  });

  it("never offers an incidental account or a partner outside the team as standing", () => {
    const b = planningCase("Demo casus B");
    expect(names(b.participants)).toContain("Ingrid Schoolmeester");
    expect(b.participants.find((p) => p.displayName === "Ingrid Schoolmeester")?.incidental).toBe(
      true,
    );
    for (const c of options.cases) {
      expect(names(c.standingOutsideTeam)).not.toContain("Ingrid Schoolmeester");
      expect(names(c.standingOutsideTeam)).not.toContain("Carlos Bakker");
    }
  });
});
