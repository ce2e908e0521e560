/**
 * Records the chair as present in every case slot when they start the overleg. The chair leads
 * every slot, so "Niet vastgelegd" beside their name in the verslag would only be a forgotten
 * click; a mark the chair already set (also "afwezig", for a slot someone else chaired) is kept.
 */
import { readMeeting, setAttendance } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import type { MeetingRecord } from "../store/schema.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Marks the chair "aanwezig" in each case slot's document that holds no mark for them yet. Never
 * throws: the overleg has started either way, and the chair can still mark themselves by hand.
 */
export async function recordChairPresent(
  open: DocumentOpener,
  meeting: MeetingRecord,
  now: Date,
  log: WarnLog,
): Promise<void> {
  const { chairUserId } = meeting;
  const stamp = { by: chairUserId, at: now.toISOString() };
  for (const slot of meeting.agenda) {
    if (slot.caseId === undefined) continue;
    await tryWithDocument(
      open,
      formatDocName({ type: "meeting", meetingId: slot.id }),
      (doc) => {
        const marked = readMeeting(doc).value.attendance.some(
          (a) => a.agendaItemId === slot.id && a.userId === chairUserId,
        );
        if (!marked) setAttendance(doc, slot.id, chairUserId, "aanwezig", stamp);
      },
      log,
      { message: "chair not marked present", fields: { meetingId: meeting.id, slotId: slot.id } },
    );
  }
}
