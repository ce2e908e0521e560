/**
 * Notes a new signature of the geheimhoudingsverklaring in the overleg's live document, so the
 * chair's open slot loads its attendees again and shows who signed, at once. Only a count: the
 * live document is read by every invitee and holds no names.
 */
import { setSignatureCount } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Writes `count` (the verklaringen signed for the overleg) into its `meeting/<id>` document in one
 * server-side transaction. Never throws: the signature is stored either way.
 */
export function announceSignatures(
  open: DocumentOpener,
  meetingId: string,
  count: number,
  log: WarnLog | undefined,
): Promise<void> {
  return tryWithDocument(
    open,
    formatDocName({ type: "meeting", meetingId }),
    (doc) => doc.transact(() => setSignatureCount(doc, count)),
    log,
    { message: "signature not announced in its live document", fields: { meetingId, count } },
  );
}
