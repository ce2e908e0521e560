import { describe, expect, it } from "vitest";
import { MEETING_GRACE_MS } from "../policies/meetingPolicy.js";
import type { MeetingRecord } from "../store/schema.js";
import { nextCloserDelay } from "./meetingsModule.js";

function buildMeeting(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: "meet_1",
    title: "Casusoverleg",
    kind: "casusoverleg",
    startsAt: "2026-03-03T12:00:00.000Z",
    endsAt: "2026-03-03T13:00:00.000Z",
    chairUserId: "user_chair",
    status: "bezig",
    agenda: [],
    createdAt: "2026-03-01T00:00:00.000Z",
    createdBy: "user_chair",
    ...overrides,
  };
}

describe("when the job that ends overleggen runs next", () => {
  const graceEnd = Date.parse("2026-03-03T13:00:00.000Z") + MEETING_GRACE_MS;

  it("wakes right after an overleg runs past its grace period, so its guests' sockets close then", () => {
    expect(nextCloserDelay([buildMeeting()], new Date(graceEnd - 10_000))).toBe(10_001);
  });

  it("wakes at least once a minute, and ignores overleggen already ended", () => {
    expect(nextCloserDelay([], new Date(graceEnd))).toBe(60_000);
    expect(
      nextCloserDelay([buildMeeting({ status: "afgerond" })], new Date(graceEnd - 10_000)),
    ).toBe(60_000);
  });

  it("does not spin while an overleg it could not end stays overdue", () => {
    expect(nextCloserDelay([buildMeeting()], new Date(graceEnd + 3_600_000))).toBe(1_000);
  });
});
