/**
 * Plans the follow-up of one case (chair only). Its open actions carry over either way: they head
 * every slot of the case (see planActions.ts). A closed case gets none (409): it is not discussed
 * again.
 * - In a new overleg: same chair, kind and place, the case's slot with the same invitees.
 * - In an overleg already planned that the same chair chairs (a procesregisseur's next sitting):
 *   the case is added as a slot after its last case (see `insertIndex`), with the invitees who can
 *   still be invited, checked as planning checks a slot; its plan revision counts up like any
 *   change of its plan.
 */
import type { z } from "zod";
import type { FollowUpOption, FollowUpSchema } from "../../shared/api/meetings.js";
import { instantOfWallTime } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import { hasEnded, isChair, mayChangeMeeting } from "../policies/meetingPolicy.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { notPlannedAnymore } from "./meetingChanger.js";
import { findVisibleMeeting, type ClearedSlot } from "./meetingFinder.js";
import { buildMeeting, checkSlot, mayBeInvited, newSlotId, plannedEnd } from "./meetingPlanner.js";

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
  if (request.meetingId !== undefined) {
    return addToPlanned(store, principal, found, request.meetingId, request.plannedMinutes, now);
  }
  const { meeting, slot } = found;
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
    // The schema requires both when no overleg is named.
    instantOfWallTime(request.date ?? "", request.time ?? ""),
    [
      {
        title: slot.title,
        caseId: slot.caseId,
        plannedMinutes: request.plannedMinutes,
        invitees: slot.invitees,
      },
    ],
  );
  await store.meetings.add(followUp);
  return followUp;
}

/** Whether `target` is an overleg the chair of `from` can still put `caseId` on. */
function acceptsFollowUp(
  principal: Principal,
  from: MeetingRecord,
  target: MeetingRecord,
  caseId: string,
  now: Date,
): boolean {
  return (
    target.id !== from.id &&
    mayChangeMeeting(principal, target) &&
    target.status === "gepland" &&
    Date.parse(target.startsAt) > now.getTime() &&
    !target.agenda.some((s) => s.caseId === caseId)
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
  const index = insertIndex(target.agenda);
  const invitees = found.slot.invitees.filter((id) => mayBeInvited(store.users.get(id)));
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
 * rondvraag) stay last; on an agenda of general items only, before the last of them.
 */
function insertIndex(agenda: readonly MeetingSlotRecord[]): number {
  for (let i = agenda.length - 1; i >= 0; i--) {
    if (agenda[i]?.caseId !== undefined) return i + 1;
  }
  return agenda.length < 2 ? agenda.length : agenda.length - 1;
}
