/**
 * Puts an overleg's new status in its live document when the chair starts or ends it, so every
 * screen that has the overleg open learns it at once instead of at its next reload.
 */
import type { MeetingStatus } from "../../shared/api/meetings.js";
import { setMeetingStatus } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import type { DocumentOpener } from "./documentReader.js";

/** Writes `status` into the overleg's `meeting/<id>` document in one server-side transaction. */
export async function announceMeetingStatus(
  open: DocumentOpener,
  meetingId: string,
  status: MeetingStatus,
): Promise<void> {
  const handle = await open(formatDocName({ type: "meeting", meetingId }));
  try {
    handle.doc.transact(() => setMeetingStatus(handle.doc, status));
  } finally {
    handle.release();
  }
}
