/**
 * The chair's correction of a besluit after the overleg ended: the corrected text (kept by the
 * room like a correction during the overleg, slotDrafts.ts) and an optional short reason. It is
 * sent with the text the correction began from, so a besluit changed since (in another window)
 * is refused instead of overwritten.
 */
import { useState } from "react";
import type { SlotCorrectionInput } from "../../shared/api/meetings.js";
import { BESLUIT_TEXT_MAX, type Besluit } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";
import type { SlotDraft } from "./slotDrafts.js";
import { CorrectionFormEnd } from "./CorrectionFormEnd.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { useSlotCorrection } from "./useSlotCorrection.js";
import { LengthNote } from "./LengthNote.js";

const t = messages.meetings;

/** Props of the form. */
export interface BesluitCorrectionFormProps {
  besluit: Besluit;
  /** The room's draft of this besluit's correction (begun from its text). */
  draft: SlotDraft;
  correct: SlotCorrector;
}

/** The form that replaces a besluit in the list while the chair corrects it. */
export function BesluitCorrectionForm({ besluit, draft, correct }: BesluitCorrectionFormProps) {
  const [reason, setReason] = useState("");
  const text = draft.text ?? "";
  const previousText = draft.saved ?? besluit.text;
  const changed = text.trim() !== "" && text.trim() !== previousText;
  const inputId = `besluit-corrigeren-${besluit.id}`;
  const correction: SlotCorrectionInput = {
    kind: "besluit",
    besluitId: besluit.id,
    previousText,
    text,
    reason,
  };
  const { failure, busy, onSubmit } = useSlotCorrection(correct, correction, () => draft.discard());
  return (
    <form className="mt-inline-form" onSubmit={onSubmit}>
      <label htmlFor={inputId}>{t.correctBesluitLabel}</label>
      <textarea
        id={inputId}
        value={text}
        maxLength={BESLUIT_TEXT_MAX}
        rows={2}
        aria-describedby={`${inputId}-lengte`}
        onChange={(e) => draft.edit(e.target.value)}
      />
      <LengthNote id={`${inputId}-lengte`} length={text.length} max={BESLUIT_TEXT_MAX} />
      <CorrectionFormEnd
        inputId={inputId}
        reason={reason}
        onReason={setReason}
        failure={failure}
        busy={busy}
        canSave={changed}
        onCancel={() => draft.discard()}
      />
    </form>
  );
}
