/**
 * Puts an overleg's new status in its live document when the chair starts or ends it, so every
 * screen that has the overleg open learns it at once instead of at its next reload. A start also
 * opens the first agenda item and starts its timer: every screen begins at item 1, as the chair
 * would.
 */
import type * as Y from "yjs";
import type { MeetingStatus } from "../../shared/api/meetings.js";
import {
  readMeeting,
  setCurrentAgendaItem,
  setMeetingStatus,
  setTimer,
} from "../../shared/docs/meetingDoc.js";
import type { Meeting } from "../../shared/domain/meeting.js";
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
  return announce(open, meetingId, log, (doc) => setMeetingStatus(doc, status));
}

/**
 * Announces the start of `meeting` at `startedAt`, opens its first agenda item (unless the chair
 * already moved to one) and starts the timer of the item now open, in the same transaction.
 * Never throws.
 */
export function announceMeetingStart(
  open: DocumentOpener,
  meeting: Pick<Meeting, "id" | "agenda">,
  startedAt: Date,
  log: WarnLog,
): Promise<void> {
  const first = meeting.agenda[0]?.id;
  return announce(open, meeting.id, log, (doc) => {
    setMeetingStatus(doc, "bezig");
    const current = readMeeting(doc).value.currentAgendaItemId ?? first;
    if (current === undefined) return;
    setCurrentAgendaItem(doc, current);
    setTimer(doc, startedAt.toISOString());
  });
}

function announce(
  open: DocumentOpener,
  meetingId: string,
  log: WarnLog,
  write: (doc: Y.Doc) => void,
): Promise<void> {
  return tryWithDocument(
    open,
    formatDocName({ type: "meeting", meetingId }),
    (doc) => doc.transact(() => write(doc)),
    log,
    { message: "meeting status not announced in its live document", fields: { meetingId } },
  );
}
