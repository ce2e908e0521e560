/**
 * Why an invitee sees only the title of a case slot: the verklaring is not signed yet, the guest
 * window has not opened yet (it opens shortly before the start), or the overleg has ended and with
 * it the guest's access.
 */
import type { MeetingView } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** The sentence under a slot the caller is not cleared for. */
export function notClearedText(
  meeting: Pick<MeetingView, "status" | "verklaringRequired" | "verklaringSigned">,
): string {
  if (meeting.status === "afgerond") return t.notClearedEnded;
  if (meeting.verklaringRequired && !meeting.verklaringSigned) return t.notCleared;
  return t.notClearedYet;
}
