import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal.js";
import type { CaseRecord, MeetingRecord } from "../store/schema.js";
import { caseAccess, isStandingPartner } from "./casePolicy.js";
import { hasEnded, isInvitedToSlot, MEETING_GRACE_MS, visibleSlots } from "./meetingPolicy.js";

function buildPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: "user_school",
    username: "u",
    displayName: "U",
    organisationId: "org_school",
    organisationName: "School",
    role: "incidenteel",
    regio: "Regio A",
    sessionId: "s",
    ...overrides,
  };
}

function buildCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: "case_b",
    title: "Testcasus",
    phase: "triage",
    kind: "huiselijk_geweld",
    gemeente: "Testdorp",
    regio: "Regio A",
    betrokkenen: [],
    participants: [
      { userId: "user_school", caseRole: "incidenteel", readOnly: true, addedAt: "2026-01-01" },
      { userId: "user_smit", caseRole: "deelnemer", readOnly: false, addedAt: "2026-01-01" },
    ],
    createdAt: "2026-01-01T00:00:00Z",
    createdBy: "user_chair",
    updatedAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

function buildMeeting(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: "meet_1",
    title: "Casusoverleg",
    kind: "casusoverleg",
    startsAt: "2026-03-03T12:00:00.000Z",
    endsAt: "2026-03-03T13:00:00.000Z",
    chairUserId: "user_chair",
    status: "bezig",
    agenda: [
      { id: "slot_a", title: "A", caseId: "case_a", plannedMinutes: 30, invitees: ["user_bakker"] },
      { id: "slot_b", title: "B", caseId: "case_b", plannedMinutes: 30, invitees: ["user_school"] },
      { id: "slot_r", title: "Rondvraag", plannedMinutes: 5, invitees: [] },
    ],
    createdAt: "2026-03-01T00:00:00.000Z",
    createdBy: "user_chair",
    ...overrides,
  };
}

describe("the confidentiality gate in the case policy", () => {
  it("gives an incidental participant nothing without a clearance, and read access with one", () => {
    const c = buildCase();
    expect(caseAccess(buildPrincipal(), c)).toBe("none");
    expect(caseAccess(buildPrincipal(), c, new Set(["case_b"]))).toBe("read");
    expect(caseAccess(buildPrincipal(), c, new Set(["case_other"]))).toBe("none");
  });

  it("treats a deelnemer account with the case role incidenteel as a guest too", () => {
    const guest = buildPrincipal({ role: "deelnemer" });
    expect(isStandingPartner(guest, buildCase())).toBe(false);
    expect(
      isStandingPartner(buildPrincipal({ userId: "user_smit", role: "deelnemer" }), buildCase()),
    ).toBe(true);
  });

  it("lets a clearance open a case to someone who is no participant at all, read-only", () => {
    const outsider = buildPrincipal({ userId: "user_outsider", role: "deelnemer" });
    expect(caseAccess(outsider, buildCase(), new Set(["case_b"]))).toBe("read");
  });
});

describe("what an overleg shows whom", () => {
  it("shows a participant the general items and only the case slots they are invited to", () => {
    const slots = visibleSlots(buildPrincipal(), buildMeeting()).map((s) => s.id);
    expect(slots).toEqual(["slot_b", "slot_r"]);
    const chair = buildPrincipal({ userId: "user_chair", role: "procesregisseur" });
    expect(visibleSlots(chair, buildMeeting())).toHaveLength(3);
    expect(isInvitedToSlot(buildPrincipal(), buildMeeting(), buildMeeting().agenda[0]!)).toBe(
      false,
    );
  });

  it("ends an overleg when the chair ends it or well after its planned end", () => {
    const meeting = buildMeeting();
    const end = Date.parse(meeting.endsAt);
    expect(hasEnded(meeting, new Date(end + MEETING_GRACE_MS - 1))).toBe(false);
    expect(hasEnded(meeting, new Date(end + MEETING_GRACE_MS + 1))).toBe(true);
    expect(hasEnded({ ...meeting, status: "afgerond" }, new Date(end - 1))).toBe(true);
  });
});
