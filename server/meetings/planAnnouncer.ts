/**
 * Puts an overleg's plan revision in its live document after its plan changed (the chair's
 * "Wijzigen", or an invitee taken off with the case team), so every screen that has the overleg
 * open loads it again at once instead of at its next reload. The revision is a counter, not the
 * plan: the live document holds no case data, and each screen loads what its viewer may see.
 */
import { setPlanRevision } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import type { MeetingRecord } from "../store/schema.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Writes the overleg's current `planRevision` into its `meeting/<id>` document in one server-side
 * transaction. Never throws: the plan has changed either way.
 */
export function announceMeetingPlan(
  open: DocumentOpener,
  meeting: Pick<MeetingRecord, "id" | "planRevision">,
  log: WarnLog,
): Promise<void> {
  const revision = meeting.planRevision ?? 0;
  return tryWithDocument(
    open,
    formatDocName({ type: "meeting", meetingId: meeting.id }),
    (doc) => doc.transact(() => setPlanRevision(doc, revision)),
    log,
    {
      message: "meeting plan not announced in its live document",
      fields: { meetingId: meeting.id, revision },
    },
  );
}
