import { describe, expect, it } from "vitest";
import type { CaseRecord, PhaseChangeRecord } from "../store/schema.js";
import { closedAtOf, isDue, retentionOf } from "./retentionDates.js";

function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: "case_1",
    title: "Testcasus",
    phase: "gesloten",
    kind: "casus_op_maat",
    gemeente: "Testdorp",
    regio: "Regio A",
    betrokkenen: [],
    participants: [],
    createdAt: "2025-01-01T09:00:00Z",
    createdBy: "user_9",
    updatedAt: "2025-03-01T09:00:00Z",
    ...overrides,
  };
}

const closing = (at: string): PhaseChangeRecord => ({
  caseId: "case_1",
  meetingId: "m_1",
  from: "afschaling",
  to: "gesloten",
  at,
  by: "user_1",
});

const advies = (computedAt: string) =>
  ({
    id: "t_1",
    caseId: "case_1",
    computedAt,
    computedBy: "user_1",
    besluit: "advies",
    toelichting: "",
    result: {},
  }) as unknown as NonNullable<CaseRecord["triageBesluiten"]>[number];

describe("the retention of a case", () => {
  it("counts from the overleg that closed the case, on the Dutch calendar day", () => {
    // 23:30 UTC on 31 August is already 1 September in the Netherlands.
    const retention = retentionOf(buildCase(), [closing("2025-08-31T23:30:00Z")], 6);
    expect(retention).toEqual({ closedOn: "2025-09-01", keptUntil: "2026-03-01" });
  });

  it("counts from a triage decision that closed the case, and from its last update when nothing says when", () => {
    const decided = buildCase({ triageBesluiten: [advies("2025-05-10T10:00:00Z")] });
    expect(closedAtOf(decided, [])).toBe("2025-05-10T10:00:00Z");
    expect(retentionOf(decided, [], 24)?.keptUntil).toBe("2027-05-10");
    expect(retentionOf(buildCase(), [], 1)).toEqual({
      closedOn: "2025-03-01",
      keptUntil: "2025-04-01",
    });
  });

  it("keeps the case until the latest extension when that is later than the period", () => {
    const extended = buildCase({
      retentionExtensions: [{ until: "2030-01-31", reason: "Onderzoek", by: "u", at: "" }],
    });
    expect(retentionOf(extended, [], 24)?.keptUntil).toBe("2030-01-31");
    // A longer period set later wins over an earlier extension.
    expect(retentionOf(extended, [], 120)?.keptUntil).toBe("2035-03-01");
  });

  it("is none while the case is open", () => {
    expect(retentionOf(buildCase({ phase: "uitvoering" }), [], 24)).toBeNull();
    expect(
      closedAtOf(buildCase({ phase: "uitvoering" }), [closing("2025-01-01T00:00:00Z")]),
    ).toBeNull();
  });

  it("is due the day after its last day, not on it", () => {
    const retention = { closedOn: "2025-01-01", keptUntil: "2027-01-01" };
    expect(isDue(retention, "2027-01-01")).toBe(false);
    expect(isDue(retention, "2027-01-02")).toBe(true);
    expect(isDue(null, "2099-01-01")).toBe(false);
  });
});
