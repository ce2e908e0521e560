/**
 * Puts an overleg's new status in its live document when the chair starts or ends it, so every
 * screen that has the overleg open learns it at once instead of at its next reload.
 */
import type { MeetingStatus } from "../../shared/api/meetings.js";
import { setMeetingStatus } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Writes `status` into the overleg's `meeting/<id>` document in one server-side transaction.
 * Never throws: the overleg has started or ended either way.
 */
export function announceMeetingStatus(
  open: DocumentOpener,
  meetingId: string,
  status: MeetingStatus,
  log: WarnLog,
): Promise<void> {
  return tryWithDocument(
    open,
    formatDocName({ type: "meeting", meetingId }),
    (doc) => doc.transact(() => setMeetingStatus(doc, status)),
    log,
    { message: "meeting status not announced in its live document", fields: { meetingId } },
  );
}
