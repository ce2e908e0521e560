/**
 * Finds an overleg or one of its slots for a principal, applying meetingPolicy: 404 for what the
 * principal may not know exists (the same answer as for unknown ids), 403 for a slot whose case
 * data the confidentiality gate still holds back (or that closed to guests).
 */
import type { Principal } from "../auth/principal.js";
import { AppError, forbidden, notFound } from "../errors.js";
import {
  GUEST_LEAD_MS,
  hasEnded,
  isChair,
  isClearedForSlot,
  isInvitedToSlot,
  isOpenToGuests,
  mayViewMeeting,
} from "../policies/meetingPolicy.js";
import { isStandingPartner } from "../policies/casePolicy.js";
import type { CaseRecord, MeetingRecord, MeetingSlotRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** A case slot with its overleg and case. */
export interface CaseSlot {
  meeting: MeetingRecord;
  slot: MeetingSlotRecord;
  caseRecord: CaseRecord;
}

/** A case slot the principal is cleared for (`findClearedSlot`). */
export type ClearedSlot = CaseSlot;

/**
 * Refused by the confidentiality gate: the verklaring is not signed, or the overleg's guest window
 * (from shortly before its start until its end) is not open.
 */
export const gateClosed = () =>
  new AppError(
    "forbidden",
    `De gegevens van deze casus zijn alleen zichtbaar na ondertekening van de geheimhoudingsverklaring, vanaf ${GUEST_LEAD_MS / 60_000} minuten voor de aanvang tot het einde van het overleg.`,
  );

/** Refused to a guest: the case closed (elsewhere than in this overleg), and with it their access. */
export const closedToGuests = () =>
  new AppError(
    "forbidden",
    "Deze casus is gesloten. De gegevens zijn niet meer zichtbaar voor incidentele deelnemers.",
  );

/** Refused to a guest once the overleg ended: their window closed with it, signed or not. */
export const overlegEnded = () =>
  new AppError(
    "forbidden",
    "Dit overleg is afgelopen. De gegevens van de casus zijn alleen tijdens het overleg zichtbaar voor wie de geheimhoudingsverklaring ondertekende.",
  );

/** No such case slot for the principal: unknown, a general item, or not invited (one answer). */
export const slotNotFound = () =>
  new AppError(
    "not_found",
    "Dit agendapunt bestaat niet, of u bent er niet (meer) voor uitgenodigd.",
  );

/** The overleg, or 404 when the principal is not invited to it. */
export function findVisibleMeeting(store: Store, principal: Principal, id: string): MeetingRecord {
  const meeting = store.meetings.get(id);
  if (!meeting || !mayViewMeeting(principal, meeting)) throw notFound();
  return meeting;
}

/** The overleg, or 404/403 unless the principal chairs it. */
export function findChairedMeeting(store: Store, principal: Principal, id: string): MeetingRecord {
  const meeting = findVisibleMeeting(store, principal, id);
  if (!isChair(principal, meeting)) throw forbidden();
  return meeting;
}

/** The case slot with its case when its data may reach the principal now; else 404 or 403. */
export function findClearedSlot(
  store: Store,
  principal: Principal,
  meetingId: string,
  slotId: string,
  now: Date,
): ClearedSlot {
  const meeting = findVisibleMeeting(store, principal, meetingId);
  const slot = meeting.agenda.find((s) => s.id === slotId);
  if (!slot || slot.caseId === undefined || !isInvitedToSlot(principal, meeting, slot)) {
    throw slotNotFound();
  }
  const caseRecord = store.cases.get(slot.caseId);
  if (!caseRecord) throw slotNotFound();
  if (!isClearedForSlot(store, principal, meeting, slot, now)) {
    const guest = !isStandingPartner(principal, caseRecord);
    if (guest && !isOpenToGuests(store, meeting, caseRecord)) throw closedToGuests();
    throw guest && hasEnded(meeting, now) ? overlegEnded() : gateClosed();
  }
  return { meeting, slot, caseRecord };
}
