import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal.js";
import type { CaseRecord, MeetingRecord } from "../store/schema.js";
import { caseAccess, isStandingPartner } from "./casePolicy.js";
import { openMemoryStore } from "../store/openStore.js";
import type { Store } from "../store/store.js";
import { MEETING_CORRECTION_WINDOW_DAYS } from "../../shared/domain/meeting.js";
import {
  correctionDeadline,
  followsCaseUp,
  GUEST_LEAD_MS,
  hasEnded,
  isClearedForSlot,
  isGuestWindowOpen,
  isCorrectionWindowOpen,
  isInvitedToSlot,
  mayCorrectMeetingRecord,
  meetingClearance,
  meetingDocumentAccess,
  MEETING_GRACE_MS,
  mayChangeMeeting,
  visibleSlots,
} from "./meetingPolicy.js";

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
    mustChangePassword: false,
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

/** A memory store with case B and the overleg, and in.school's signed verklaring for it. */
async function storeWithSignedGuest(meeting: MeetingRecord): Promise<Store> {
  const store = await openMemoryStore();
  await store.cases.add(buildCase());
  await store.meetings.add(meeting);
  await store.meetings.addVerklaring({
    meetingId: meeting.id,
    userId: "user_school",
    displayName: "U",
    organisationName: "School",
    signedAt: "2026-03-03T11:50:00.000Z",
    templateVersion: "1",
  });
  return store;
}

describe("the guest window of the confidentiality gate", () => {
  const meeting = buildMeeting({ status: "gepland" });
  const start = Date.parse(meeting.startsAt);
  const end = Date.parse(meeting.endsAt);

  it("opens a short lead before the planned start and closes when the overleg has ended", () => {
    expect(isGuestWindowOpen(meeting, new Date(start - GUEST_LEAD_MS - 1))).toBe(false);
    expect(isGuestWindowOpen(meeting, new Date(start - GUEST_LEAD_MS))).toBe(true);
    expect(isGuestWindowOpen(meeting, new Date(end + MEETING_GRACE_MS))).toBe(true);
    expect(isGuestWindowOpen(meeting, new Date(end + MEETING_GRACE_MS + 1))).toBe(false);
    expect(isGuestWindowOpen({ ...meeting, status: "afgerond" }, new Date(start))).toBe(false);
  });

  it("is not opened early by a chair who starts the overleg weeks ahead", () => {
    const started = { ...meeting, status: "bezig" as const };
    expect(isGuestWindowOpen(started, new Date(start - 14 * 24 * 3_600_000))).toBe(false);
  });

  it("clears a signed guest on every path only inside the window", async () => {
    const store = await storeWithSignedGuest(meeting);
    const guest = buildPrincipal();
    const slot = meeting.agenda[1]!;
    const before = new Date(start - GUEST_LEAD_MS - 60_000);
    const during = new Date(start + 60_000);
    const after = new Date(end + MEETING_GRACE_MS + 60_000);

    expect(isClearedForSlot(store, guest, meeting, slot, before)).toBe(false);
    expect([...meetingClearance(store, guest, before)]).toEqual([]);
    expect(meetingDocumentAccess(store, guest, "slot_b", before)).toBe("none");

    expect(isClearedForSlot(store, guest, meeting, slot, during)).toBe(true);
    expect([...meetingClearance(store, guest, during)]).toEqual(["case_b"]);
    expect(meetingDocumentAccess(store, guest, "slot_b", during)).toBe("read");

    expect(isClearedForSlot(store, guest, meeting, slot, after)).toBe(false);
    expect([...meetingClearance(store, guest, after)]).toEqual([]);
  });

  it("leaves a standing partner's access to the case alone outside the window", async () => {
    const store = await storeWithSignedGuest(meeting);
    const smit = buildPrincipal({ userId: "user_smit", role: "deelnemer" });
    const slot = { ...meeting.agenda[1]!, invitees: ["user_smit"] };
    const weeksBefore = new Date(start - 14 * 24 * 3_600_000);
    expect(isClearedForSlot(store, smit, meeting, slot, weeksBefore)).toBe(true);
  });

  it("gives no guest route to someone of another region, nor to a team member whose membership lapsed", async () => {
    const store = await storeWithSignedGuest(meeting);
    const slot = meeting.agenda[1]!;
    const during = new Date(start + 60_000);
    const elsewhere = buildPrincipal({ regio: "Regio B" });
    expect(isClearedForSlot(store, elsewhere, meeting, slot, during)).toBe(false);
    expect([...meetingClearance(store, elsewhere, during)]).toEqual([]);
    // Listed as a deelnemer for another organisation than their own now: signed, still nothing.
    const lapsed = buildCase({
      participants: [
        {
          userId: "user_school",
          caseRole: "deelnemer",
          readOnly: false,
          addedAt: "2026-01-01",
          organisationId: "org_old",
        },
      ],
    });
    const moved = buildPrincipal({ role: "deelnemer" });
    await store.cases.setParticipants(lapsed.id, lapsed.participants);
    expect(isClearedForSlot(store, moved, meeting, slot, during)).toBe(false);
    expect([...meetingClearance(store, moved, during)]).toEqual([]);
  });
});

describe("who follows a case up after its overleggen", () => {
  const casusregisseur = {
    userId: "user_cr",
    caseRole: "casusregisseur",
    readOnly: false,
    addedAt: "2026-01-01",
  } as const;
  const c = buildCase({ participants: [casusregisseur] });

  it("is its casusregisseur and the procesregisseurs of its region, not a deelnemer or another region's", () => {
    const cr = buildPrincipal({ userId: "user_cr", role: "casusregisseur" });
    const chair = buildPrincipal({ userId: "user_pr", role: "procesregisseur" });
    const elsewhere = buildPrincipal({ userId: "user_pr2", role: "procesregisseur", regio: "B" });
    const deelnemer = buildPrincipal({ userId: "user_smit", role: "deelnemer" });
    const withDeelnemer = buildCase({
      participants: [
        casusregisseur,
        { userId: "user_smit", caseRole: "deelnemer", readOnly: false, addedAt: "2026-01-01" },
      ],
    });
    expect(followsCaseUp(cr, c)).toBe(true);
    expect(followsCaseUp(chair, c)).toBe(true);
    expect(followsCaseUp(elsewhere, c)).toBe(false);
    expect(followsCaseUp(deelnemer, withDeelnemer)).toBe(false);
  });

  it("ends for a casusregisseur whose account was made beheerder, and once the case is being destroyed", () => {
    const madeBeheerder = buildPrincipal({ userId: "user_cr", role: "beheerder" });
    const cr = buildPrincipal({ userId: "user_cr", role: "casusregisseur" });
    expect(followsCaseUp(madeBeheerder, c)).toBe(false);
    const destroying = { ...c, destroying: { since: "2026-02-01T00:00:00Z", facts: {} } };
    expect(followsCaseUp(cr, destroying)).toBe(false);
  });
});

describe("who may change a planned overleg", () => {
  it("lets its chair change it, and no other procesregisseur or invitee", () => {
    const meeting = buildMeeting({ status: "gepland" });
    const chair = buildPrincipal({ userId: "user_chair", role: "procesregisseur" });
    const otherChair = buildPrincipal({ userId: "user_other", role: "procesregisseur" });
    const invitee = buildPrincipal({ userId: "user_bakker", role: "deelnemer" });
    expect(mayChangeMeeting(chair, meeting)).toBe(true);
    expect(mayChangeMeeting(otherChair, meeting)).toBe(false);
    expect(mayChangeMeeting(invitee, meeting)).toBe(false);
  });

  it("refuses a chair whose account may no longer plan", () => {
    const meeting = buildMeeting({ status: "gepland" });
    const demoted = buildPrincipal({ userId: "user_chair", role: "deelnemer" });
    expect(mayChangeMeeting(demoted, meeting)).toBe(false);
  });
});

describe("who may correct an ended overleg's record, and until when", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const endedAt = "2026-03-03T12:50:00.000Z";
  const ended = buildMeeting({ status: "afgerond", endedAt });
  const at = (ms: number) => new Date(Date.parse(endedAt) + ms);

  it("lets only its chair correct it, as a procesregisseur", () => {
    const chair = buildPrincipal({ userId: "user_chair", role: "procesregisseur" });
    const otherChair = buildPrincipal({ userId: "user_other", role: "procesregisseur" });
    const invitee = buildPrincipal({ userId: "user_bakker", role: "casusregisseur" });
    const demoted = buildPrincipal({ userId: "user_chair", role: "deelnemer" });
    expect(mayCorrectMeetingRecord(chair, ended)).toBe(true);
    expect(mayCorrectMeetingRecord(otherChair, ended)).toBe(false);
    expect(mayCorrectMeetingRecord(invitee, ended)).toBe(false);
    expect(mayCorrectMeetingRecord(demoted, ended)).toBe(false);
  });

  it("keeps the window open from the end until the correction days have passed", () => {
    const window = MEETING_CORRECTION_WINDOW_DAYS * DAY;
    expect(correctionDeadline(ended, at(0))?.toISOString()).toBe(at(window).toISOString());
    expect(isCorrectionWindowOpen(ended, at(1))).toBe(true);
    expect(isCorrectionWindowOpen(ended, at(window))).toBe(true);
    expect(isCorrectionWindowOpen(ended, at(window + 1))).toBe(false);
  });

  it("has no window while the overleg is planned or running", () => {
    const running = buildMeeting({ status: "bezig" });
    const planned = buildMeeting({ status: "gepland" });
    const during = new Date("2026-03-03T12:30:00.000Z");
    expect(correctionDeadline(running, during)).toBeNull();
    expect(isCorrectionWindowOpen(running, during)).toBe(false);
    expect(isCorrectionWindowOpen(planned, during)).toBe(false);
  });

  it("counts from the planned end plus grace for an overleg that ran out before the job ended it", () => {
    const ranOut = buildMeeting({ status: "bezig" });
    const end = Date.parse(ranOut.endsAt) + MEETING_GRACE_MS;
    const deadline = correctionDeadline(ranOut, new Date(end + DAY));
    expect(deadline?.getTime()).toBe(end + MEETING_CORRECTION_WINDOW_DAYS * DAY);
  });
});
