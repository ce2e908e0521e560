import { describe, expect, it } from "vitest";
import type { MeetingSlotView, MeetingView } from "../../shared/api/meetings.js";
import { endQuestion, slotsWithoutVerslag } from "./endQuestion.js";

function slot(title: string, verslagFixed: boolean | null): MeetingSlotView {
  return {
    id: title,
    title,
    plannedMinutes: 20,
    startsAt: "2026-11-24T13:00:00.000Z",
    general: verslagFixed === null,
    cleared: true,
    caseId: verslagFixed === null ? null : `case_${title}`,
    caseClosed: false,
    invitees: [],
    verslagFixed,
  };
}

describe("the question before ending an overleg", () => {
  it("only asks whether to end when nothing is left to do", () => {
    expect(endQuestion(false, [])).toBe(
      "Het overleg beëindigen? Incidentele deelnemers verliezen dan hun toegang.",
    );
  });

  it("names the cases whose verslag is not fixed yet and says that can still be done", () => {
    expect(endQuestion(false, ["Familie Jansen"])).toBe(
      "Van Familie Jansen is nog geen verslag vastgesteld; dat kan ook na het beëindigen. Het overleg toch beëindigen? Incidentele deelnemers verliezen dan hun toegang.",
    );
    expect(endQuestion(false, ["A", "B", "C"])).toContain(
      "Van A, B en C zijn nog geen verslagen vastgesteld",
    );
  });

  it("warns first about a besluit that can no longer be recorded", () => {
    const question = endQuestion(true, ["A"]);
    expect(question.startsWith("Er staat nog een besluit")).toBe(true);
    expect(question).toContain("Van A is nog geen verslag vastgesteld");
    expect(question.endsWith("Incidentele deelnemers verliezen dan hun toegang.")).toBe(true);
  });

  it("takes the case slots without a fixed verslag, not general items or fixed ones", () => {
    const meeting = {
      agenda: [slot("A", false), slot("Mededelingen", null), slot("B", true), slot("C", false)],
    } as MeetingView;
    expect(slotsWithoutVerslag(meeting)).toEqual(["A", "C"]);
  });
});
