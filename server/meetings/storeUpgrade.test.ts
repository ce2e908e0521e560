import { describe, expect, it } from "vitest";
import { checkStoreShape, STORE_SCHEMA_VERSION } from "../store/schema.js";

describe("a store written before overleggen existed", () => {
  it("opens with empty overleg collections", () => {
    const old: Record<string, unknown> = {
      schemaVersion: STORE_SCHEMA_VERSION,
      organisations: [],
      users: [],
      sessions: [],
      cases: [],
    };
    expect(checkStoreShape(old)).toBeNull();
    expect(old).toMatchObject({
      meetings: [],
      verklaringen: [],
      verslagen: [],
      samenvattingConcepts: [],
      phaseChanges: [],
      actionProgress: [],
    });
  });

  it("is refused when an overleg collection is not a list", () => {
    const broken = {
      schemaVersion: STORE_SCHEMA_VERSION,
      organisations: [],
      users: [],
      sessions: [],
      cases: [],
      meetings: {},
    };
    expect(checkStoreShape(broken)).toMatch(/meetings/);
  });
});

describe("a store written while cases kept their whole triage outcome", () => {
  it("opens without those outcomes and keeps the summaries", () => {
    const summary = { oordeel: "open", answered: 0 };
    const old = {
      schemaVersion: STORE_SCHEMA_VERSION,
      organisations: [],
      users: [],
      sessions: [],
      cases: [{ id: "case_1", triageSummary: summary, triageResult: { reasons: ["…"] } }],
    };
    expect(checkStoreShape(old)).toBeNull();
    expect(old.cases[0]).toEqual({ id: "case_1", triageSummary: summary });
  });
});

describe("a store written before case members' organisations were recorded", () => {
  it("ties each member to their account's organisation of now, and leaves recorded ones alone", () => {
    const old: Record<string, unknown> = {
      schemaVersion: STORE_SCHEMA_VERSION,
      organisations: [],
      users: [
        { id: "user_a", organisationId: "org_ggz" },
        { id: "user_b", organisationId: "org_politie" },
      ],
      sessions: [],
      cases: [
        {
          id: "case_1",
          participants: [
            { userId: "user_a", caseRole: "deelnemer" },
            { userId: "user_b", caseRole: "deelnemer", organisationId: "org_gemeente" },
            { userId: "user_gone", caseRole: "deelnemer" },
          ],
        },
      ],
    };
    expect(checkStoreShape(old)).toBeNull();
    expect((old.cases as { participants: unknown[] }[])[0]?.participants).toEqual([
      { userId: "user_a", caseRole: "deelnemer", organisationId: "org_ggz" },
      { userId: "user_b", caseRole: "deelnemer", organisationId: "org_gemeente" },
      { userId: "user_gone", caseRole: "deelnemer" },
    ]);
  });
});
