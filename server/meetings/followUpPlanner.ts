/**
 * Plans the follow-up of one case (chair only), as long as its slot unless the chair gives other
 * minutes. Its open actions carry over either way: they head every slot of the case (see
 * planActions.ts). A closed case gets none (409): it is not discussed again.
 * - In a new overleg: same chair, kind and place, the case's slot with the same invitees.
 * - In an overleg already planned that the same chair chairs (a procesregisseur's next sitting),
 *   unless its title names one of its cases (a follow-up overleg: invitees would read the name):
 *   the case is added as a slot after its last case (see `insertIndex`), with the invitees who can
 *   still be invited, checked as planning checks a slot; its plan revision counts up like any
 *   change of its plan.
 */
import type { z } from "zod";
import type { FollowUpOption, FollowUpSchema } from "../../shared/api/meetings.js";
import { instantOfWallTime } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import {
  caseAccess,
  caseActorOf,
  isStandingPartner,
  mayBeGuestOf,
} from "../policies/casePolicy.js";
import { hasEnded, isChair, mayChangeMeeting } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { notPlannedAnymore } from "./meetingChanger.js";
import { findVisibleMeeting, type ClearedSlot } from "./meetingFinder.js";
import {
  buildMeeting,
  checkStart,
  checkSlot,
  mayBeInvited,
  newSlotId,
  plannedEnd,
} from "./meetingPlanner.js";
import { titleNames } from "./meetingTitle.js";

/** How many planned overleggen the chair is offered to put a case on. */
const MAX_FOLLOW_UP_OPTIONS = 12;

/** A parsed follow-up request. */
type FollowUpRequest = z.infer<typeof FollowUpSchema>;

/**
 * Plans the follow-up; returns the overleg it is in (new or existing). 403 unless the chair (of both
 * overleggen), 404 for an overleg the chair cannot see, 409 for a closed case, an overleg that
 * started, ended or already holds the case.
 */
export async function planFollowUp(
  store: Store,
  principal: Principal,
  found: ClearedSlot,
  request: FollowUpRequest,
  now: Date,
): Promise<MeetingRecord> {
  if (!isChair(principal, found.meeting)) throw forbidden();
  if (found.caseRecord.phase === "gesloten") {
    throw conflict("Voor een gesloten casus wordt geen vervolgoverleg gepland.");
  }
  // The case takes as long as it was given this time, unless the chair says otherwise.
  const plannedMinutes = request.plannedMinutes ?? found.slot.plannedMinutes;
  if (request.meetingId !== undefined) {
    return addToPlanned(store, principal, found, request.meetingId, plannedMinutes, now);
  }
  const { meeting, slot } = found;
  // The schema requires both when no overleg is named.
  const startsAt = instantOfWallTime(request.date ?? "", request.time ?? "");
  checkStart(startsAt, [{ plannedMinutes }], now);
  const followUp = buildMeeting(
    {
      title: `Vervolgoverleg: ${slot.title}`,
      kind: meeting.kind,
      location: meeting.location,
      videoLink: meeting.videoLink,
      chairUserId: meeting.chairUserId,
      status: "gepland",
      followUpOf: meeting.id,
      createdAt: now.toISOString(),
      createdBy: principal.userId,
    },
    startsAt,
    [
      {
        title: slot.title,
        caseId: slot.caseId,
        plannedMinutes,
        invitees: invitable(store, found),
      },
    ],
  );
  await store.meetings.add(followUp);
  return followUp;
}

/**
 * The slot's invitees who can still take part in the case: not blocked, not moved to another
 * region, and either at the case as a partner or someone who may be its guest (not a team member
 * whose membership lapsed when they moved to another organisation).
 */
function invitable(store: Store, found: ClearedSlot): string[] {
  const { caseRecord, slot } = found;
  return slot.invitees.filter((id) => {
    const user = store.users.get(id);
    if (user === undefined || !mayBeInvited(user, caseRecord.regio)) return false;
    const actor = caseActorOf(user);
    return isStandingPartner(actor, caseRecord) || mayBeGuestOf(actor, caseRecord);
  });
}

/**
 * True when the overleg's title names one of its cases (a follow-up overleg is titled after its
 * case): whoever is invited for another case would read that name, so no case is added to it.
 */
function titleNamesACase(meeting: MeetingRecord): boolean {
  return meeting.agenda.some((s) => s.caseId !== undefined && titleNames(meeting.title, s.title));
}

/**
 * Whether `target` is an overleg the chair of `from` can put the case on: one they may change,
 * planned after `from` and after now, without the case, and whose title names none of its cases.
 */
function acceptsFollowUp(
  principal: Principal,
  from: MeetingRecord,
  target: MeetingRecord,
  caseId: string,
  now: Date,
): boolean {
  const after = Math.max(now.getTime(), Date.parse(from.startsAt));
  return (
    target.id !== from.id &&
    mayChangeMeeting(principal, target) &&
    target.status === "gepland" &&
    Date.parse(target.startsAt) > after &&
    !target.agenda.some((s) => s.caseId === caseId) &&
    !titleNamesACase(target)
  );
}

/** The chair's planned overleggen that can take the slot's case as its follow-up, soonest first. */
export function followUpOptions(
  store: Store,
  principal: Principal,
  found: ClearedSlot,
  now: Date,
): FollowUpOption[] {
  if (!isChair(principal, found.meeting) || found.caseRecord.phase === "gesloten") return [];
  if (caseAccess(principal, found.caseRecord) !== "write") return [];
  return store.meetings
    .list()
    .filter((m) => acceptsFollowUp(principal, found.meeting, m, found.caseRecord.id, now))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, MAX_FOLLOW_UP_OPTIONS)
    .map((m) => ({ meetingId: m.id, title: m.title, startsAt: m.startsAt }));
}

/** Adds the slot's case to the planned overleg `targetId`, after its last case slot. */
async function addToPlanned(
  store: Store,
  principal: Principal,
  found: ClearedSlot,
  targetId: string,
  plannedMinutes: number,
  now: Date,
): Promise<MeetingRecord> {
  const target = findVisibleMeeting(store, principal, targetId);
  if (!mayChangeMeeting(principal, target)) throw forbidden();
  if (target.status !== "gepland" || hasEnded(target, now)) throw notPlannedAnymore();
  if (target.id === found.meeting.id || target.agenda.some((s) => s.caseId === found.slot.caseId)) {
    throw conflict("Deze casus staat al op dat overleg.");
  }
  if (titleNamesACase(target)) {
    throw conflict(
      "De titel van dat overleg noemt een andere casus; wie voor deze casus is uitgenodigd zou die naam zien. Kies een ander overleg of geef het eerst een algemene titel.",
    );
  }
  const index = insertIndex(target.agenda);
  const invitees = invitable(store, found);
  const slot: MeetingSlotRecord = {
    ...checkSlot(
      store,
      principal,
      { caseId: found.caseRecord.id, plannedMinutes, invitees },
      index,
    ),
    id: newSlotId(),
  };
  const agenda = [...target.agenda.slice(0, index), slot, ...target.agenda.slice(index)];
  await store.meetings.changePlan(target.id, {
    agenda,
    endsAt: plannedEnd(new Date(target.startsAt), agenda).toISOString(),
  });
  return target;
}

/**
 * Where the case goes: after the last case slot, so general items closing the agenda (the
 * rondvraag) stay last; on an agenda of two or more general items only, before the last of them;
 * on one of a single item, after it.
 */
function insertIndex(agenda: readonly MeetingSlotRecord[]): number {
  for (let i = agenda.length - 1; i >= 0; i--) {
    if (agenda[i]?.caseId !== undefined) return i + 1;
  }
  return agenda.length < 2 ? agenda.length : agenda.length - 1;
}
