import { describe, expect, it } from "vitest";
import type { IndexedAction } from "../actions/indexedAction.js";
import type { MeetingRecord, PhaseChangeRecord } from "../store/schema.js";
import { actionFactsOf, caseFactsOf, meetingFactsOf } from "./reportFacts.js";
import { buildCaseRecord, buildTriageBesluit } from "./testFactories.js";

/** A phase change of the test case to `to` at `at` (UTC). */
function phaseChange(to: PhaseChangeRecord["to"], at: string): PhaseChangeRecord {
  return {
    caseId: "case_report_1",
    meetingId: "meet_1",
    from: "afschaling",
    to,
    at,
    by: "user_pr",
  };
}

describe("the facts a report reads of a case", () => {
  it("carries only kind, phase, Dutch registration moment, colour and decision dates: no name, title or id", () => {
    const facts = caseFactsOf(
      buildCaseRecord("2025-01-31T23:30:00.000Z", {
        phase: "casusoverleg",
        triageBesluiten: [buildTriageBesluit("casusoverleg", "2025-02-03T10:00:00.000Z", "rood")],
      }),
      [],
    );
    expect(facts).toEqual({
      kind: "casus_op_maat",
      phase: "casusoverleg",
      registered: { date: "2025-02-01", month: "2025-02", hour: 0 },
      oordeel: "rood",
      besluit: "casusoverleg",
      decidedOn: "2025-02-03",
      closedOn: null,
    });
    const text = JSON.stringify(facts);
    for (const personal of [
      "Fictieve Persoon",
      "Casus voor de rapportage",
      "case_report_1",
      "pers_1",
    ]) {
      expect(text).not.toContain(personal);
    }
  });

  it("dates a case closed by an advies or a referral back on the day of that decision", () => {
    const facts = caseFactsOf(
      buildCaseRecord("2025-02-01T09:00:00.000Z", {
        phase: "gesloten",
        triageBesluiten: [buildTriageBesluit("terugverwijzen", "2025-02-05T22:30:00.000Z")],
      }),
      [],
    );
    expect(facts).toMatchObject({
      besluit: "terugverwijzen",
      decidedOn: "2025-02-05",
      closedOn: "2025-02-05",
    });
  });

  it("dates a case closed from an overleg on the day of its last change to gesloten", () => {
    const facts = caseFactsOf(
      buildCaseRecord("2025-02-01T09:00:00.000Z", {
        phase: "gesloten",
        triageBesluiten: [buildTriageBesluit("casusoverleg", "2025-02-05T10:00:00.000Z")],
      }),
      [
        phaseChange("afschaling", "2025-04-01T10:00:00.000Z"),
        phaseChange("gesloten", "2025-05-31T22:15:00.000Z"),
      ],
    );
    expect(facts.closedOn).toBe("2025-06-01");
  });

  it("knows no closing date of a case that is not closed, or closed without a record of when", () => {
    expect(caseFactsOf(buildCaseRecord("2025-02-01T09:00:00.000Z"), []).closedOn).toBeNull();
    expect(
      caseFactsOf(buildCaseRecord("2025-02-01T09:00:00.000Z", { phase: "gesloten" }), []).closedOn,
    ).toBeNull();
  });

  it("reads the engine's colour only once it is final, as the case list does", () => {
    const summary = {
      oordeel: "groen" as const,
      advies: "casusoverleg" as const,
      open: 0,
      answered: 5,
      total: 5,
      rulesVersion: "test",
      computedAt: "2025-02-02T10:00:00.000Z",
    };
    const at = "2025-02-01T09:00:00.000Z";
    expect(
      caseFactsOf(buildCaseRecord(at, { triageSummary: { ...summary, voorlopig: false } }), [])
        .oordeel,
    ).toBe("groen");
    expect(
      caseFactsOf(buildCaseRecord(at, { triageSummary: { ...summary, voorlopig: true } }), [])
        .oordeel,
    ).toBe("open");
  });
});

describe("the facts a report reads of an overleg and an action", () => {
  it("counts an overleg's case slots, general items and slots with a verslag, and dates its start in Dutch time", () => {
    const meeting = {
      id: "meet_1",
      kind: "casusoverleg",
      startedAt: "2025-03-31T22:10:00.000Z",
      agenda: [
        { id: "s1", title: "Opening", plannedMinutes: 5, invitees: [] },
        { id: "s2", title: "Casus A", caseId: "case_a", plannedMinutes: 30, invitees: [] },
        { id: "s3", title: "Casus B", caseId: "case_b", plannedMinutes: 30, invitees: [] },
      ],
    } as unknown as MeetingRecord;
    expect(meetingFactsOf(meeting, (_, slotId) => slotId === "s3")).toEqual({
      kind: "casusoverleg",
      startedOn: "2025-04-01",
      caseSlots: 2,
      generalSlots: 1,
      slotsWithVerslag: 1,
    });
    expect(meetingFactsOf({ ...meeting, startedAt: undefined }, () => false).startedOn).toBeNull();
  });

  it("keeps of an action its organisation, status, due date and Dutch completion date, not its text or who does it", () => {
    const action = {
      key: "a1",
      text: "Huisbezoek bij Fictieve Persoon",
      organisationId: "org_politie",
      responsible: "Wijkagent Fictief",
      dueDate: "2025-03-01",
      status: "afgerond",
      completedAt: "2025-02-28T23:30:00.000Z",
      completedBy: "user_x",
    } as unknown as IndexedAction;
    expect(actionFactsOf(action)).toEqual({
      organisationId: "org_politie",
      status: "afgerond",
      dueDate: "2025-03-01",
      completedOn: "2025-03-01",
    });
  });
});
