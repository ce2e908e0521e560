/**
 * Notes a newly fixed verslag version in the slot's live document, so every screen that has the
 * slot open lists the version at once (the chair's page loads its versions again after fixing;
 * the others learn of it only this way) instead of at its next reload.
 */
import { setVerslagVersion } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Writes `version` into the slot's `meeting/<slotId>` document in one server-side transaction.
 * Never throws: the version is fixed either way.
 */
export function announceVerslagVersion(
  open: DocumentOpener,
  slotId: string,
  version: number,
  log: WarnLog | undefined,
): Promise<void> {
  return tryWithDocument(
    open,
    formatDocName({ type: "meeting", meetingId: slotId }),
    (doc) => doc.transact(() => setVerslagVersion(doc, version)),
    log,
    { message: "verslag version not announced in its live document", fields: { slotId, version } },
  );
}
