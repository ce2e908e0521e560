/**
 * Notes a new signature of the geheimhoudingsverklaring in the live document of each case slot the
 * signer is invited to, so the chair's open slot loads its attendees again and shows who signed,
 * at once. Only a count per slot, and only in the slot's own document, which is as closed as the
 * slot's case: a guest who has not signed, or who sits at another slot, learns nothing from it.
 */
import { setSignatureCount } from "../../shared/docs/meetingDoc.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import type { MeetingRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { tryWithDocument, type DocumentOpener, type WarnLog } from "./documentReader.js";

/**
 * Writes, for each case slot of `meeting` that `signerId` is invited to, how many of its invitees
 * have signed, into its `meeting/<slotId>` document. Never throws: the signature is stored either
 * way.
 */
export async function announceSignature(
  store: Store,
  open: DocumentOpener,
  meeting: MeetingRecord,
  signerId: string,
  log: WarnLog | undefined,
): Promise<void> {
  const slots = meeting.agenda.filter(
    (slot) => slot.caseId !== undefined && slot.invitees.includes(signerId),
  );
  for (const slot of slots) {
    const count = slot.invitees.filter((id) => store.meetings.verklaringOf(meeting.id, id)).length;
    await tryWithDocument(
      open,
      formatDocName({ type: "meeting", meetingId: slot.id }),
      (doc) => doc.transact(() => setSignatureCount(doc, count)),
      log,
      {
        message: "signature not announced in its slot document",
        fields: { slotId: slot.id, count },
      },
    );
  }
}
