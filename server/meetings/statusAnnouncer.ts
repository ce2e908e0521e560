/**
 * Puts an overleg's new status in its live document when the chair starts or ends it, so every
 * screen that has the overleg open learns it at once instead of at its next reload.
 */
import type { MeetingStatus } from "../../shared/api/meetings.js";
import { setMeetingStatus } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { withDocument, type DocumentOpener } from "./documentReader.js";

/** Where a failed announcement is reported. */
interface WarnLog {
  warn(fields: object, message: string): void;
}

/**
 * Writes `status` into the overleg's `meeting/<id>` document in one server-side transaction.
 * Never throws: the overleg has started or ended either way, and if its document cannot be
 * written now, open pages learn the status at their next load.
 */
export async function announceMeetingStatus(
  open: DocumentOpener,
  meetingId: string,
  status: MeetingStatus,
  log: WarnLog,
): Promise<void> {
  try {
    await withDocument(open, formatDocName({ type: "meeting", meetingId }), (doc) =>
      doc.transact(() => setMeetingStatus(doc, status)),
    );
  } catch (error) {
    const errorName = error instanceof Error ? error.name : "unknown";
    log.warn({ meetingId, errorName }, "meeting status not announced in its live document");
  }
}
