/**
 * What the chair is asked before ending an overleg: what can no longer be done afterwards (a
 * besluit typed but not recorded, in the items named), what is still to do and can be done
 * afterwards (the case slots without a fixed verslag, by name), and whether to end it; that
 * incidental participants lose their access then is said only when the agenda has any.
 */
import type { MeetingView } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** The titles of the case slots whose verslag was not fixed yet, as the chair's view tells. */
export function slotsWithoutVerslag(meeting: MeetingView): string[] {
  return meeting.agenda.filter((slot) => slot.verslagFixed === false).map((slot) => slot.title);
}

/** Whether an agenda item invites someone who must sign the geheimhoudingsverklaring. */
export function hasIncidentalInvitees(meeting: MeetingView): boolean {
  return meeting.agenda.some((slot) => (slot.invitees ?? []).some((person) => person.incidental));
}

/** The titles of the agenda items with the ids given, in agenda order. */
export function slotTitles(meeting: MeetingView, slotIds: readonly string[]): string[] {
  return meeting.agenda.filter((slot) => slotIds.includes(slot.id)).map((slot) => slot.title);
}

/** What the question is made of. */
export interface EndSituation {
  /** Titles of the items with a besluit (or its correction) typed but not recorded. */
  unsavedBesluitIn: readonly string[];
  withoutVerslag: readonly string[];
  incidentalInvitees: boolean;
}

/** The question. */
export function endQuestion({
  unsavedBesluitIn,
  withoutVerslag,
  incidentalInvitees,
}: EndSituation): string {
  const before = [
    ...(unsavedBesluitIn.length > 0 ? [t.endUnsavedBesluit(unsavedBesluitIn)] : []),
    ...(withoutVerslag.length > 0 ? [t.endVerslagenMissing(withoutVerslag)] : []),
  ];
  const ask = before.length > 0 ? t.endConfirmAnyway : t.endConfirm;
  return [...before, ask, ...(incidentalInvitees ? [t.endGuestsLoseAccess] : [])].join(" ");
}
