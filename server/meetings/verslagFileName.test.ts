import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MEETING_KINDS, VERSLAG_FORMATS } from "../../shared/api/meetings.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import { verslagFileName } from "./verslagFileName.js";

function buildSlot(overrides: Partial<MeetingSlotRecord> = {}): MeetingSlotRecord {
  return { id: "slot_a", title: "Demo casus A", plannedMinutes: 30, invitees: [], ...overrides };
}

function buildMeeting(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: "meeting_1",
    title: "Casusoverleg Westerduin",
    kind: "casusoverleg",
    // 13:00 in Amsterdam (winter time).
    startsAt: "2030-01-15T12:00:00.000Z",
    endsAt: "2030-01-15T13:00:00.000Z",
    location: "Zaal 1",
    chairUserId: "user_chair",
    agenda: [
      buildSlot({ id: "opening", title: "Opening" }),
      buildSlot({ id: "slot_a", caseId: "case_a" }),
    ],
    status: "bezig",
    createdAt: "2030-01-01T00:00:00.000Z",
    createdBy: "user_chair",
    ...overrides,
  };
}

describe("verslagFileName", () => {
  it("names the kind, the region's date and start time, the agenda position and the version", () => {
    const meeting = buildMeeting();
    expect(verslagFileName(meeting, buildSlot(), 1, "pdf")).toBe(
      "verslag-casusoverleg-2030-01-15-1300-agendapunt-2-v1.pdf",
    );
  });

  it("tells two cases of one overleg apart", () => {
    const meeting = buildMeeting({
      agenda: [buildSlot({ id: "slot_a" }), buildSlot({ id: "slot_b" })],
    });
    expect(verslagFileName(meeting, buildSlot({ id: "slot_a" }), 1, "docx")).not.toBe(
      verslagFileName(meeting, buildSlot({ id: "slot_b" }), 1, "docx"),
    );
  });

  it("never carries the overleg's or the case's title, whatever they say", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        fc.constantFrom(...MEETING_KINDS),
        fc.constantFrom(...VERSLAG_FORMATS),
        fc.integer({ min: 1, max: 10_000 }),
        (meetingTitle, caseTitle, kind, format, version) => {
          const slot = buildSlot({ title: caseTitle });
          const meeting = buildMeeting({ title: meetingTitle, kind, agenda: [slot] });
          expect(verslagFileName(meeting, slot, version, format)).toMatch(
            /^verslag-[a-z-]+-\d{4}-\d{2}-\d{2}-\d{4}-agendapunt-\d+-v\d+\.(pdf|docx)$/,
          );
        },
      ),
    );
  });
});
