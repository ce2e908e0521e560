/**
 * The chair's withdrawal of a besluit after the overleg ended, with a required reason. It is sent
 * with the text the besluit had when the form opened, so a besluit changed since (in another
 * window) is refused instead of withdrawn unseen.
 */
import { useState } from "react";
import type { SlotCorrectionInput } from "../../shared/api/meetings.js";
import type { Besluit } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";
import { CorrectionFormEnd } from "./CorrectionFormEnd.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { useSlotCorrection } from "./useSlotCorrection.js";

const t = messages.meetings;

/** Props of the form. */
export interface BesluitWithdrawalFormProps {
  besluit: Besluit;
  correct: SlotCorrector;
  /** Closes the form: after the withdrawal, or on Annuleren. */
  onClose: () => void;
}

/** The form that replaces a besluit in the list while the chair withdraws it. */
export function BesluitWithdrawalForm({ besluit, correct, onClose }: BesluitWithdrawalFormProps) {
  const [reason, setReason] = useState("");
  const [previousText] = useState(besluit.text);
  const inputId = `besluit-intrekken-${besluit.id}`;
  const correction: SlotCorrectionInput = {
    kind: "besluitIntrekking",
    besluitId: besluit.id,
    previousText,
    reason,
  };
  const { failure, busy, onSubmit } = useSlotCorrection(correct, correction, onClose);
  return (
    <form className="mt-inline-form" aria-labelledby={`${inputId}-kop`} onSubmit={onSubmit}>
      <p id={`${inputId}-kop`}>
        <strong>{t.withdrawAfterEndHeading}:</strong> {previousText}
      </p>
      <CorrectionFormEnd
        inputId={inputId}
        reason={reason}
        onReason={setReason}
        failure={failure}
        busy={busy}
        canSave={reason.trim() !== ""}
        onCancel={onClose}
        withdrawal={{ reasonLabel: t.withdrawAfterEndReason, submitLabel: t.withdrawAfterEndSave }}
      />
    </form>
  );
}
