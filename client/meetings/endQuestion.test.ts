import { describe, expect, it } from "vitest";
import type { MeetingSlotView, MeetingView } from "../../shared/api/meetings.js";
import {
  endQuestion,
  hasIncidentalInvitees,
  slotsWithoutVerslag,
  slotTitles,
  type EndSituation,
} from "./endQuestion.js";

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

/** The situation at the end: nothing left to do, no guests, unless `patch` says otherwise. */
function situation(patch: Partial<EndSituation> = {}): EndSituation {
  return { unsavedBesluitIn: [], withoutVerslag: [], incidentalInvitees: false, ...patch };
}

describe("the question before ending an overleg", () => {
  it("only asks whether to end when nothing is left to do and nobody loses access", () => {
    expect(endQuestion(situation())).toBe("Het overleg beëindigen?");
  });

  it("says that incidental participants lose their access only when the agenda has any", () => {
    expect(endQuestion(situation({ incidentalInvitees: true }))).toBe(
      "Het overleg beëindigen? Incidentele deelnemers verliezen dan hun toegang.",
    );
  });

  it("names the cases whose verslag is not fixed yet and says that can still be done", () => {
    expect(endQuestion(situation({ withoutVerslag: ["Familie Jansen"] }))).toBe(
      "Van Familie Jansen is nog geen verslag vastgesteld; dat kan ook na het beëindigen. Het overleg toch beëindigen?",
    );
    expect(endQuestion(situation({ withoutVerslag: ["A", "B", "C"] }))).toContain(
      "Van A, B en C zijn nog geen verslagen vastgesteld",
    );
  });

  it("warns first about a besluit that can no longer be recorded, naming its item", () => {
    const question = endQuestion(
      situation({
        unsavedBesluitIn: ["Demo casus B"],
        withoutVerslag: ["A"],
        incidentalInvitees: true,
      }),
    );
    expect(question.startsWith("Bij Demo casus B staat nog een besluit")).toBe(true);
    expect(question).toContain("Van A is nog geen verslag vastgesteld");
    expect(question.endsWith("Incidentele deelnemers verliezen dan hun toegang.")).toBe(true);
  });

  it("takes the case slots without a fixed verslag, not general items or fixed ones", () => {
    const meeting = {
      agenda: [slot("A", false), slot("Mededelingen", null), slot("B", true), slot("C", false)],
    } as MeetingView;
    expect(slotsWithoutVerslag(meeting)).toEqual(["A", "C"]);
  });

  it("tells from the agenda whether anyone invited must sign the verklaring, and names items by id", () => {
    const guest = {
      userId: "u",
      displayName: "Gast",
      organisationName: "School",
      incidental: true,
    };
    const partner = { ...guest, incidental: false };
    const withGuest = { agenda: [slot("A", false), { ...slot("B", false), invitees: [guest] }] };
    const withoutGuest = {
      agenda: [{ ...slot("A", false), invitees: [partner] }, slot("M", null)],
    };
    expect(hasIncidentalInvitees(withGuest as MeetingView)).toBe(true);
    expect(hasIncidentalInvitees(withoutGuest as MeetingView)).toBe(false);
    expect(slotTitles(withGuest as MeetingView, ["B", "gone"])).toEqual(["B"]);
  });
});
