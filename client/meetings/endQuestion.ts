/**
 * What the chair is asked before ending an overleg: what can no longer be done afterwards (a
 * besluit typed but not recorded), what is still to do and can be done afterwards (the case slots
 * without a fixed verslag, by name), and whether to end it.
 */
import type { MeetingView } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** The titles of the case slots whose verslag was not fixed yet, as the chair's view tells. */
export function slotsWithoutVerslag(meeting: MeetingView): string[] {
  return meeting.agenda.filter((slot) => slot.verslagFixed === false).map((slot) => slot.title);
}

/** The question, from whether a besluit is unsaved and the slots without a verslag. */
export function endQuestion(unsavedBesluit: boolean, withoutVerslag: readonly string[]): string {
  const before = [
    ...(unsavedBesluit ? [t.endUnsavedBesluit] : []),
    ...(withoutVerslag.length > 0 ? [t.endVerslagenMissing(withoutVerslag)] : []),
  ];
  return [...before, before.length > 0 ? t.endConfirmAnyway : t.endConfirm].join(" ");
}
