/**
 * Who may see and do what in an overleg. With casePolicy.ts the one place these rules live:
 * HTTP routes and the websocket server (documentPolicy.ts) both ask here.
 *
 * - A procesregisseur plans overleggen; the chair changes one while it is planned and runs it
 *   (start, agenda, attendance, besluiten, verslag, phases). Everyone invited to any slot sees
 *   the overleg, but only the slots they are invited to (need to know); the chair sees every slot.
 * - Confidentiality gate: an invitee who is no standing partner of a slot's case (casePolicy's
 *   `isStandingPartner`) gets the slot's case data only after signing this overleg's
 *   geheimhoudingsverklaring, and only around the overleg itself: from `GUEST_LEAD_MS` before its
 *   planned start until it ends (`isGuestWindowOpen`). Outside that window: the slot title only,
 *   signed or not. The chair starting early does not open the window early: a start weeks ahead
 *   by mistake would otherwise open the case to guests for weeks. A closed case is no longer open
 *   to guests (`isOpenToGuests`), except in the overleg that closed it, until that one ends.
 * - Live documents: `meeting/<meetingId>` holds only the chair's position, the timer and what the
 *   server announces (status, plan revision; no case data); `meeting/<slotId>` holds one slot's
 *   attendance, besluiten and signature count and is as closed as the slot's case data.
 * - Corrigeren na afloop: once the overleg has ended its slot documents are read-only for every
 *   socket; its chair corrects a besluit's text or someone's attendance through the API only,
 *   until `MEETING_CORRECTION_WINDOW_DAYS` after the end.
 * - Verslag: the chair, those marked present and those who follow the case up (its casusregisseur
 *   and the region's procesregisseurs, invited to that overleg or not) download a fixed version;
 *   the case page lists every overleg of the case for its standing partners.
 */
import { MEETING_CORRECTION_WINDOW_DAYS } from "../../shared/domain/meeting.js";
import type { DocumentAccess } from "../../shared/wire/access.js";
import type { Principal } from "../auth/principal.js";
import type { MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { Case } from "../../shared/domain/case.js";
import { casusregisseurOf } from "../../shared/domain/caseTeam.js";
import {
  caseAccess,
  isBeingDestroyed,
  isStandingPartner,
  mayBeGuestOf,
  type MeetingClearance,
} from "./casePolicy.js";

/** How long after its planned end an overleg nobody ended still counts as running. */
export const MEETING_GRACE_MS = 2 * 60 * 60 * 1000;

/**
 * How long before an overleg's planned start its guests may sign the verklaring and see its cases:
 * time to arrive and read in, not to prepare weeks ahead (need to know, domain.md §8).
 */
export const GUEST_LEAD_MS = 30 * 60 * 1000;

/** Whether the principal may plan an overleg. */
export function mayPlanMeeting(principal: Principal): boolean {
  return principal.role === "procesregisseur";
}

/** Whether the principal chairs the overleg. */
export function isChair(principal: Principal, meeting: MeetingRecord): boolean {
  return meeting.chairUserId === principal.userId;
}

/**
 * Whether the principal may change the overleg's plan (facts and agenda): its chair, who as a
 * procesregisseur may plan. Whether it is still planned is a question of state (409), not of who.
 */
export function mayChangeMeeting(principal: Principal, meeting: MeetingRecord): boolean {
  return mayPlanMeeting(principal) && isChair(principal, meeting);
}

/** True once the chair ended the overleg or it ran well past its planned end. */
export function hasEnded(meeting: MeetingRecord, now: Date): boolean {
  return (
    meeting.status === "afgerond" || now.getTime() > Date.parse(meeting.endsAt) + MEETING_GRACE_MS
  );
}

/**
 * Whether the principal may correct the record (besluiten, attendance) of the overleg after it
 * ended: whoever may change its plan, its chair. Whether it has ended and the correction window
 * is still open is a question of state (409), not of who.
 */
export function mayCorrectMeetingRecord(principal: Principal, meeting: MeetingRecord): boolean {
  return mayChangeMeeting(principal, meeting);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Until when the record of an ended overleg may be corrected: `MEETING_CORRECTION_WINDOW_DAYS`
 * after the chair or the job ended it (after its planned end plus grace, while the job has not
 * run yet). Null while it has not ended.
 */
export function correctionDeadline(meeting: MeetingRecord, now: Date): Date | null {
  if (!hasEnded(meeting, now)) return null;
  const endedAt =
    meeting.endedAt === undefined
      ? Date.parse(meeting.endsAt) + MEETING_GRACE_MS
      : Date.parse(meeting.endedAt);
  return new Date(endedAt + MEETING_CORRECTION_WINDOW_DAYS * DAY_MS);
}

/** True while the overleg has ended and its correction window is open. */
export function isCorrectionWindowOpen(meeting: MeetingRecord, now: Date): boolean {
  const deadline = correctionDeadline(meeting, now);
  return deadline !== null && now.getTime() <= deadline.getTime();
}

/**
 * True while the overleg can clear its guests: from `GUEST_LEAD_MS` before its planned start until
 * it has ended. The one rule for signing the verklaring and for every path to a guest's case data.
 */
export function isGuestWindowOpen(meeting: MeetingRecord, now: Date): boolean {
  return now.getTime() >= Date.parse(meeting.startsAt) - GUEST_LEAD_MS && !hasEnded(meeting, now);
}

/** Whether the principal is invited to this slot (the chair is at every slot). */
export function isInvitedToSlot(
  principal: Principal,
  meeting: MeetingRecord,
  slot: MeetingSlotRecord,
): boolean {
  // An account made beheerder since it was invited does no casework any more: no overleg either.
  if (principal.role === "beheerder") return false;
  return isChair(principal, meeting) || slot.invitees.includes(principal.userId);
}

/**
 * Everyone at a case slot (whose attendance the verslag records): the chair, then each invitee,
 * then whoever was taken off the slot while the overleg ran.
 */
export function slotAttendeeIds(meeting: MeetingRecord, slot: MeetingSlotRecord): string[] {
  return [meeting.chairUserId, ...slot.invitees, ...(slot.withdrawn ?? [])].filter(
    (id, i, all) => all.indexOf(id) === i,
  );
}

/** Whether the principal may know the overleg exists (chair or invited to any slot). */
export function mayViewMeeting(principal: Principal, meeting: MeetingRecord): boolean {
  return meeting.agenda.some((slot) => isInvitedToSlot(principal, meeting, slot));
}

/** The slots shown to the principal: general items and the case slots they are invited to. */
export function visibleSlots(principal: Principal, meeting: MeetingRecord): MeetingSlotRecord[] {
  return meeting.agenda.filter(
    (slot) => slot.caseId === undefined || isInvitedToSlot(principal, meeting, slot),
  );
}

/** True when the principal must sign the verklaring before seeing this slot's case. */
export function needsVerklaring(
  store: Store,
  principal: Principal,
  slot: MeetingSlotRecord,
): boolean {
  if (slot.caseId === undefined) return false;
  const c = store.cases.get(slot.caseId);
  return c === undefined || !isStandingPartner(principal, c);
}

/** True when the principal must sign the verklaring for any slot they are invited to. */
export function verklaringRequired(
  store: Store,
  principal: Principal,
  meeting: MeetingRecord,
): boolean {
  return visibleSlots(principal, meeting).some((slot) => needsVerklaring(store, principal, slot));
}

/**
 * Whether the case's data is still open to the guests of this overleg: while the case is not
 * closed, and once closed only in the overleg that closed it (its guests sat at the table when
 * that was decided; their window ends with it). A guest's need to know ends with the case.
 */
export function isOpenToGuests(store: Store, meeting: MeetingRecord, c: Case): boolean {
  if (c.phase !== "gesloten") return true;
  const closing = store.cases
    .phaseHistory(c.id)
    .filter((p) => p.to === "gesloten")
    .at(-1);
  return closing?.meetingId === meeting.id;
}

/**
 * Whether the slot's case data may reach the principal now: invited, and either a standing partner
 * of the case or a signer of this overleg's verklaring while its guest window is open and the case
 * is open to its guests.
 */
export function isClearedForSlot(
  store: Store,
  principal: Principal,
  meeting: MeetingRecord,
  slot: MeetingSlotRecord,
  now: Date,
): boolean {
  if (slot.caseId === undefined || !isInvitedToSlot(principal, meeting, slot)) return false;
  const c = store.cases.get(slot.caseId);
  if (!c || isBeingDestroyed(c)) return false;
  if (isStandingPartner(principal, c)) return caseAccess(principal, c) !== "none";
  return (
    mayBeGuestOf(principal, c) &&
    isGuestWindowOpen(meeting, now) &&
    isOpenToGuests(store, meeting, c) &&
    store.meetings.verklaringOf(meeting.id, principal.userId) !== undefined
  );
}

/**
 * The cases overleggen open to the principal now: a signed verklaring, inside the guest window, for
 * a case still open to that overleg's guests.
 */
export function meetingClearance(store: Store, principal: Principal, now: Date): MeetingClearance {
  const cleared = new Set<string>();
  for (const signed of store.meetings.verklaringenOf(principal.userId)) {
    const meeting = store.meetings.get(signed.meetingId);
    if (!meeting || !isGuestWindowOpen(meeting, now)) continue;
    for (const slot of meeting.agenda) {
      if (slot.caseId === undefined || !slot.invitees.includes(principal.userId)) continue;
      const c = store.cases.get(slot.caseId);
      if (c !== undefined && mayBeGuestOf(principal, c) && isOpenToGuests(store, meeting, c)) {
        cleared.add(slot.caseId);
      }
    }
  }
  return cleared;
}

/**
 * Access to a `meeting/<id>` document: the overleg's own document (position, timer, and the
 * status and plan revision the server announces) or one slot's document (attendance, besluiten,
 * the server's count of signed verklaringen). Only the chair writes, and only until the overleg
 * ends; the server's announcements are its own transactions.
 */
export function meetingDocumentAccess(
  store: Store,
  principal: Principal,
  id: string,
  now: Date,
): DocumentAccess {
  const meeting = store.meetings.get(id);
  if (meeting) {
    if (!mayViewMeeting(principal, meeting)) return "none";
    return isChair(principal, meeting) && !hasEnded(meeting, now) ? "write" : "read";
  }
  const found = store.meetings.findSlot(id);
  if (!found || !isClearedForSlot(store, principal, found.meeting, found.slot, now)) return "none";
  return isChair(principal, found.meeting) && !hasEnded(found.meeting, now) ? "write" : "read";
}

/**
 * Whether the principal follows the case's agreements up after its overleggen (domain.md §3,
 * uitvoering): its casusregisseur, and the region's procesregisseurs, who monitor it with them.
 * Both may read every verslag of the case, invited to that overleg or not: a casusregisseur
 * appointed after it, or a colleague taking over from the chair, needs what was agreed there.
 */
export function followsCaseUp(principal: Principal, c: Case): boolean {
  // Without a clearance only standing partners have access, the region's procesregisseurs too.
  if (caseAccess(principal, c) === "none") return false;
  const casusregisseur = casusregisseurOf(c.participants)?.userId === principal.userId;
  return casusregisseur || principal.role === "procesregisseur";
}

/** Whether someone may download a slot's frozen verslag, or may if they attended the slot. */
export type VerslagDownloadRight = "allowed" | "refused" | "ifAttended";

/**
 * Whether the principal may download the slot's frozen verslag: the chair, those who follow the
 * case up (`followsCaseUp`), present or not (an absence, or an attendance the chair did not
 * record, must not keep the plan's owner from what was agreed), and an attendee still cleared for
 * the slot. Attendance is in the slot's live document, so it is left to the caller to read, and
 * only when it decides.
 */
export function verslagDownloadRight(
  store: Store,
  principal: Principal,
  meeting: MeetingRecord,
  slot: MeetingSlotRecord,
  now: Date,
): VerslagDownloadRight {
  if (isChair(principal, meeting)) return "allowed";
  const c = slot.caseId === undefined ? undefined : store.cases.get(slot.caseId);
  if (c === undefined || isBeingDestroyed(c)) return "refused";
  if (followsCaseUp(principal, c)) return "allowed";
  return isClearedForSlot(store, principal, meeting, slot, now) ? "ifAttended" : "refused";
}
