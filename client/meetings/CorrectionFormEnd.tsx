/**
 * The end the correction forms share: the reason (optional, except for a withdrawal), the
 * server's refusal if any, and save / cancel.
 */
import { CORRECTION_REASON_MAX } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** Props: the form's input id (the reason's id derives from it), the reason and the submit state. */
export interface CorrectionFormEndProps {
  inputId: string;
  reason: string;
  onReason: (reason: string) => void;
  failure: string | null;
  busy: boolean;
  /** False while there is nothing to save (nothing changed, or a required reason is missing). */
  canSave: boolean;
  onCancel: () => void;
  /** For a withdrawal: its labels, and the reason is required. Absent: a correction. */
  withdrawal?: { reasonLabel: string; submitLabel: string };
}

/** Reason field, refusal and buttons of a correction form. */
export function CorrectionFormEnd({
  inputId,
  reason,
  onReason,
  failure,
  busy,
  canSave,
  onCancel,
  withdrawal,
}: CorrectionFormEndProps) {
  return (
    <>
      <label htmlFor={`${inputId}-reden`}>{withdrawal?.reasonLabel ?? t.correctionReason}</label>
      <input
        id={`${inputId}-reden`}
        value={reason}
        maxLength={CORRECTION_REASON_MAX}
        required={withdrawal !== undefined}
        onChange={(e) => onReason(e.target.value)}
      />
      {failure !== null && (
        <p role="alert" className="notice notice-error">
          {failure}
        </p>
      )}
      <div className="mt-besluit-actions">
        <button type="submit" className="button button-primary" disabled={!canSave || busy}>
          {busy ? t.savingCorrection : (withdrawal?.submitLabel ?? t.saveCorrection)}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t.cancelEdit}
        </button>
      </div>
    </>
  );
}
