/** Starts and ends an overleg (chair only), and records a signed geheimhoudingsverklaring. */
import type { Principal } from "../auth/principal.js";
import { conflict } from "../errors.js";
import {
  GUEST_LEAD_MS,
  hasEnded,
  isGuestWindowOpen,
  verklaringRequired,
} from "../policies/meetingPolicy.js";
import type { MeetingRecord, VerklaringRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { findChairedMeeting, findVisibleMeeting } from "./meetingFinder.js";
import type { VerklaringTemplate } from "./verklaringText.js";

/** Starts the overleg: its live documents become the table. */
export async function startMeeting(
  store: Store,
  principal: Principal,
  id: string,
  now: Date,
): Promise<MeetingRecord> {
  const meeting = findChairedMeeting(store, principal, id);
  if (hasEnded(meeting, now)) throw conflict("Dit overleg is al afgerond.");
  await store.meetings.setStatus(meeting.id, "bezig", now.toISOString());
  return meeting;
}

/** Ends the overleg; guests' clearances end with it and their sockets are re-checked. */
export async function endMeeting(
  store: Store,
  principal: Principal,
  id: string,
  now: Date,
): Promise<MeetingRecord> {
  const meeting = findChairedMeeting(store, principal, id);
  await store.meetings.setStatus(meeting.id, "afgerond", now.toISOString());
  return meeting;
}

/** Refused before the guest window opens: a signature then would open nothing until the overleg. */
export const tooEarlyToSign = () =>
  conflict(
    `U kunt de geheimhoudingsverklaring ondertekenen vanaf ${GUEST_LEAD_MS / 60_000} minuten voor de aanvang van het overleg.`,
  );

/**
 * Records that the principal signed this overleg's verklaring (name, time, overleg, version).
 * Only inside the overleg's guest window (meetingPolicy): a guest signs at the overleg, so that
 * "signed" and "sees the case" mean the same thing on every screen.
 */
export async function signVerklaring(
  store: Store,
  principal: Principal,
  id: string,
  template: VerklaringTemplate,
  now: Date,
): Promise<VerklaringRecord> {
  const meeting = findVisibleMeeting(store, principal, id);
  if (hasEnded(meeting, now)) throw conflict("Dit overleg is al afgerond.");
  if (!verklaringRequired(store, principal, meeting)) {
    throw conflict("U hoeft voor dit overleg geen geheimhoudingsverklaring te ondertekenen.");
  }
  if (!isGuestWindowOpen(meeting, now)) throw tooEarlyToSign();
  const existing = store.meetings.verklaringOf(meeting.id, principal.userId);
  if (existing) return existing;
  const record: VerklaringRecord = {
    meetingId: meeting.id,
    userId: principal.userId,
    displayName: principal.displayName,
    organisationName: principal.organisationName,
    signedAt: now.toISOString(),
    templateVersion: template.version,
  };
  await store.meetings.addVerklaring(record);
  return record;
}
