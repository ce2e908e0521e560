/**
 * The note beside a besluit or an attendance the chair corrected after the overleg: when and by
 * whom, and on request what the overleg had recorded and why it was corrected.
 */
import type { AttendanceCorrection, BesluitCorrection } from "../../shared/domain/meeting.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** Props of a correction note. */
export interface CorrectionNoteProps {
  correction: BesluitCorrection | AttendanceCorrection;
  /** What the overleg recorded, as shown (a besluit's text, an attendance label). */
  original: string;
  /** The summary that opens the original ("Oorspronkelijke tekst"). */
  originalLabel: string;
  nameOf: (userId: string) => string;
}

/** "(gecorrigeerd op dd-mm-jjjj door …)" and the original behind a summary. */
export function CorrectionNote({
  correction,
  original,
  originalLabel,
  nameOf,
}: CorrectionNoteProps) {
  return (
    <>
      <span className="muted mt-besluit-note">
        {" "}
        ({t.correctedAfterEnd(formatDate(correction.at), nameOf(correction.by))})
      </span>
      <details className="mt-correction-original">
        <summary>{originalLabel}</summary>
        <p>{original}</p>
        {correction.reason !== undefined && (
          <p className="muted">{t.correctionReasonShown(correction.reason)}</p>
        )}
      </details>
    </>
  );
}
