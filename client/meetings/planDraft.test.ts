import { describe, expect, it } from "vitest";
import type { MeetingSlotView, MeetingView } from "../../shared/api/meetings.js";
import { draftOf, suggestedDate, toChange } from "./planDraft.js";

function buildSlot(overrides: Partial<MeetingSlotView> = {}): MeetingSlotView {
  return {
    id: "slot_a",
    title: "Testcasus",
    plannedMinutes: 30,
    startsAt: "2031-03-04T12:00:00.000Z",
    general: false,
    cleared: true,
    caseId: "case_a",
    caseClosed: false,
    invitees: [{ userId: "user_a", displayName: "A", organisationName: "Org", incidental: false }],
    verslagFixed: null,
    ...overrides,
  };
}

function buildMeeting(agenda: MeetingSlotView[]): MeetingView {
  return {
    id: "meet_1",
    title: "Casusoverleg",
    kind: "casusoverleg",
    startsAt: "2031-03-04T12:00:00.000Z",
    endsAt: "2031-03-04T12:40:00.000Z",
    location: "Stadhuis",
    videoLink: null,
    status: "gepland",
    chairName: "Voorzitter",
    isChair: true,
    slotCount: agenda.length,
    verklaringRequired: false,
    verklaringSigned: false,
    verslagenToFix: null,
    agenda,
    verklaringSignedAt: null,
    followUpOf: null,
    planRevision: 0,
  };
}

describe("the planning form filled in with a planned overleg", () => {
  it("shows its date and time in Dutch time and sends its slots back by id", () => {
    const general = buildSlot({
      id: "slot_r",
      title: "Rondvraag",
      plannedMinutes: 10,
      general: true,
      caseId: null,
      invitees: [],
    });
    const draft = draftOf(buildMeeting([buildSlot(), general]));
    expect(draft).toMatchObject({ date: "2031-03-04", time: "13:00", location: "Stadhuis" });
    expect(toChange(draft ?? expect.fail("a draft"), 0).agenda).toEqual([
      { id: "slot_a", caseId: "case_a", plannedMinutes: 30, invitees: ["user_a"] },
      { id: "slot_r", title: "Rondvraag", plannedMinutes: 10, invitees: [] },
    ]);
  });

  it("is not offered when a case slot's invitees are held back, so saving cannot drop them", () => {
    const held = buildSlot({ cleared: false, caseId: null, invitees: null });
    expect(draftOf(buildMeeting([held]))).toBeNull();
  });

  it("keeps the invitees of a general item, so saving without touching them sends them back", () => {
    const opening = buildSlot({
      id: "slot_o",
      title: "Opening",
      plannedMinutes: 5,
      general: true,
      cleared: false,
      caseId: null,
      invitees: [
        { userId: "user_w", displayName: "W", organisationName: "Gemeente", incidental: false },
      ],
    });
    const draft = draftOf(buildMeeting([opening, buildSlot()]));
    expect(draft?.slots[0]?.invitees).toEqual(["user_w"]);
    expect(toChange(draft ?? expect.fail("a draft"), 0).agenda[0]).toEqual({
      id: "slot_o",
      title: "Opening",
      plannedMinutes: 5,
      invitees: ["user_w"],
    });
  });

  it("is not offered when a general item's invitees are held back, so saving cannot drop them", () => {
    const held = buildSlot({ general: true, cleared: false, caseId: null, invitees: null });
    expect(draftOf(buildMeeting([held, buildSlot()]))).toBeNull();
  });

  it("sends the plan revision it was filled in from, so a change made meanwhile is not overwritten", () => {
    const draft = draftOf({ ...buildMeeting([buildSlot()]), planRevision: 3 });
    expect(toChange(draft ?? expect.fail("a draft"), 3).planRevision).toBe(3);
  });
});

describe("suggestedDate", () => {
  // Region time in winter is UTC+1: 10:00Z is 11:00 there, 12:30Z is 13:30.
  it("suggests today while 13:00 is still ahead", () => {
    expect(suggestedDate(new Date("2026-11-24T10:00:00Z"))).toBe("2026-11-24");
  });

  it("suggests the next day once 13:00 has passed", () => {
    expect(suggestedDate(new Date("2026-11-24T12:30:00Z"))).toBe("2026-11-25");
  });

  it("skips the weekend from a Friday afternoon, and on a weekend morning", () => {
    expect(suggestedDate(new Date("2026-11-27T15:00:00Z"))).toBe("2026-11-30");
    expect(suggestedDate(new Date("2026-11-28T08:00:00Z"))).toBe("2026-11-30");
  });
});
