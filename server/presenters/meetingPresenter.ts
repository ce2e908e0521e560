/**
 * What leaves the server about an overleg. A participant sees only the slots they are invited to;
 * a slot whose case data the confidentiality gate holds back shows its title and nothing else.
 */
import type {
  CarriedActionView,
  MeetingListItem,
  MeetingPersonView,
  MeetingSlotView,
  MeetingView,
  PlanningOptions,
  SlotCaseView,
} from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { caseAccess, caseActorOf, isStandingPartner } from "../policies/casePolicy.js";
import {
  correctionDeadline,
  isChair,
  isClearedForSlot,
  isCorrectionWindowOpen,
  mayCorrectMeetingRecord,
  slotAttendeeIds,
  verklaringRequired,
  visibleSlots,
} from "../policies/meetingPolicy.js";
import type { ClearedSlot } from "../meetings/meetingFinder.js";
import { followUpOptions } from "../meetings/followUpPlanner.js";
import { presentAfschaling } from "./afschalingPresenter.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** A person as the overleg pages name them; `incidental` when no standing partner of the case. */
export function presentPerson(store: Store, userId: string, caseId?: string): MeetingPersonView {
  const user = store.users.get(userId);
  const c = caseId === undefined ? undefined : store.cases.get(caseId);
  const incidental =
    user !== undefined && c !== undefined ? !isStandingPartner(caseActorOf(user), c) : false;
  return {
    userId,
    displayName: user?.displayName ?? "",
    organisationName: store.organisations.get(user?.organisationId ?? "")?.name ?? "",
    incidental,
  };
}

/** Presents an overleg as one row of the Overleggen list. */
export function presentMeetingListItem(
  store: Store,
  m: MeetingRecord,
  principal: Principal,
): MeetingListItem {
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    location: m.location ?? null,
    videoLink: m.videoLink ?? null,
    status: m.status,
    chairName: store.users.get(m.chairUserId)?.displayName ?? "",
    isChair: isChair(principal, m),
    slotCount: visibleSlots(principal, m).length,
    verklaringRequired: verklaringRequired(store, principal, m),
    verklaringSigned: store.meetings.verklaringOf(m.id, principal.userId) !== undefined,
    verslagenToFix:
      isChair(principal, m) && m.status !== "gepland"
        ? m.agenda.filter((slot) => slot.caseId !== undefined && !hasFixedVerslag(store, m, slot))
            .length
        : null,
  };
}

/** Whether a verslag version of the slot was fixed. */
function hasFixedVerslag(store: Store, m: MeetingRecord, slot: MeetingSlotRecord): boolean {
  return store.verslagen.versionsOf(m.id, slot.id).length > 0;
}

function presentSlot(
  store: Store,
  m: MeetingRecord,
  slot: MeetingSlotRecord,
  startsAt: number,
  principal: Principal,
  now: Date,
): MeetingSlotView {
  const cleared = isClearedForSlot(store, principal, m, slot, now);
  const general = slot.caseId === undefined;
  // A general item holds no case data; its chair sees who is invited, so "Wijzigen" can keep them.
  const showInvitees = cleared || (general && isChair(principal, m));
  return {
    id: slot.id,
    title: slot.title,
    plannedMinutes: slot.plannedMinutes,
    startsAt: new Date(startsAt).toISOString(),
    general,
    cleared,
    caseId: cleared ? (slot.caseId ?? null) : null,
    caseClosed:
      cleared && slot.caseId !== undefined && store.cases.get(slot.caseId)?.phase === "gesloten",
    invitees: showInvitees
      ? slot.invitees.map((id) => presentPerson(store, id, slot.caseId))
      : null,
    verslagFixed: !general && isChair(principal, m) ? hasFixedVerslag(store, m, slot) : null,
  };
}

/** Presents an overleg with the agenda as the principal may see it. */
export function presentMeeting(
  store: Store,
  m: MeetingRecord,
  principal: Principal,
  now: Date,
): MeetingView {
  let at = Date.parse(m.startsAt);
  const slotStarts = new Map<string, number>();
  for (const slot of m.agenda) {
    slotStarts.set(slot.id, at);
    at += slot.plannedMinutes * 60_000;
  }
  return {
    ...presentMeetingListItem(store, m, principal),
    agenda: visibleSlots(principal, m).map((slot) =>
      presentSlot(store, m, slot, slotStarts.get(slot.id) ?? at, principal, now),
    ),
    verklaringSignedAt: store.meetings.verklaringOf(m.id, principal.userId)?.signedAt ?? null,
    followUpOf: m.followUpOf ?? null,
    planRevision: m.planRevision ?? 0,
  };
}

/**
 * Presents the case data of a slot the principal is cleared for: to the chair also who of its
 * incidental attendees signed the verklaring, and, for an ended overleg while its correction
 * window is open at `now`, until when they may correct its record.
 */
export function presentSlotCase(
  store: Store,
  found: ClearedSlot,
  principal: Principal,
  openActions: CarriedActionView[],
  now: Date,
): SlotCaseView {
  const { meeting, slot, caseRecord } = found;
  const mayCorrect =
    mayCorrectMeetingRecord(principal, meeting) && isCorrectionWindowOpen(meeting, now);
  // The chair sees who has signed the verklaring; a guest sees only that it is asked of them.
  const chair = isChair(principal, meeting);
  return {
    meetingId: meeting.id,
    slotId: slot.id,
    caseId: caseRecord.id,
    title: caseRecord.title,
    phase: caseRecord.phase,
    kind: caseRecord.kind,
    access: caseAccess(principal, caseRecord) === "write" ? "write" : "read",
    isChair: chair,
    attendees: slotAttendeeIds(meeting, slot).map((id) => {
      const person = presentPerson(store, id, caseRecord.id);
      const signed = store.meetings.verklaringOf(meeting.id, id);
      const withdrawn = slot.withdrawn?.includes(id) === true && !slot.invitees.includes(id);
      const asked = chair && person.incidental && !withdrawn;
      return {
        ...person,
        incidental: person.incidental && !withdrawn,
        chair: id === meeting.chairUserId,
        verklaring: asked ? { signedAt: signed?.signedAt ?? null } : null,
        withdrawn,
      };
    }),
    openActions,
    afschaling: presentAfschaling(store, caseRecord.id),
    correctableUntil: mayCorrect ? (correctionDeadline(meeting, now)?.toISOString() ?? null) : null,
    followUpOptions: followUpOptions(store, principal, found, now),
  };
}

/** The cases and people a procesregisseur can put on an agenda. */
export function presentPlanningOptions(store: Store, principal: Principal): PlanningOptions {
  const region = store.users
    .list()
    .filter((u) => !u.disabled && u.role !== "beheerder" && u.regio === principal.regio);
  const cases = store.cases
    .list()
    .filter((c) => caseAccess(principal, c) === "write" && c.phase !== "gesloten")
    .map((c) => {
      const team = new Set(c.participants.map((p) => p.userId));
      return {
        id: c.id,
        title: c.title,
        phase: c.phase,
        participants: c.participants.map((p) => presentPerson(store, p.userId, c.id)),
        standingOutsideTeam: region
          .filter((u) => !team.has(u.id) && isStandingPartner(caseActorOf(u), c))
          .map((u) => presentPerson(store, u.id, c.id)),
      };
    });
  const people = region.map((u) => ({ ...presentPerson(store, u.id), role: u.role }));
  return { cases, people };
}
