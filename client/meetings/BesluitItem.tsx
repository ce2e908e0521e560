/**
 * One besluit in the slot's list: its text and, when it was corrected, who did and at what time.
 * During the overleg the chair may change the text in place ("Wijzigen") or withdraw it
 * ("Intrekken", after asking); after it ended, within the correction window, the chair corrects it
 * through the server ("Corrigeren", BesluitCorrectionForm.tsx), and everyone sees the correction
 * note and, on request, the original, or withdraws it with a reason ("Intrekken",
 * BesluitWithdrawalForm.tsx). A correction being typed is kept by the room
 * (slotDrafts.ts), so moving through the agenda and back finds it open with what was typed.
 */
import { useState } from "react";
import type * as Y from "yjs";
import { correctBesluit, withdrawBesluit } from "../../shared/docs/meetingDoc.js";
import { BESLUIT_TEXT_MAX, type Besluit } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { BesluitCorrectionForm } from "./BesluitCorrectionForm.js";
import { BesluitWithdrawalForm } from "./BesluitWithdrawalForm.js";
import { CorrectionNote } from "./CorrectionNote.js";
import { formatClockTime } from "./meetingTime.js";
import { useSlotDraft } from "./slotDrafts.js";
import { LengthNote } from "./LengthNote.js";

const t = messages.meetings;
/** How much of a besluit a button's name quotes. */
const OPENING_LENGTH = 40;

/** Props of one besluit. */
export interface BesluitItemProps {
  doc: Y.Doc;
  besluit: Besluit;
  userId: string;
  mayRecord: boolean;
  /** Sends a correction after the overleg; null unless the chair may correct it now. */
  correct: SlotCorrector | null;
  /** The display name of a user id (the chair's, as a rule). */
  nameOf: (userId: string) => string;
}

/** A standing besluit, with the chair's Wijzigen and Intrekken, or Corrigeren after the end. */
export function BesluitItem({
  doc,
  besluit,
  userId,
  mayRecord,
  correct,
  nameOf,
}: BesluitItemProps) {
  // Null while not being corrected; the typed text while it is.
  const correction = useSlotDraft(besluit.agendaItemId, "besluitCorrectie", besluit.id);
  const editing = correction.text;
  const [withdrawing, setWithdrawing] = useState(false);
  const stamp = () => ({ by: userId, at: new Date().toISOString() });
  const inputId = `besluit-wijzigen-${besluit.id}`;

  if (withdrawing && correct !== null) {
    return (
      <li>
        <BesluitWithdrawalForm
          besluit={besluit}
          correct={correct}
          onClose={() => setWithdrawing(false)}
        />
      </li>
    );
  }
  if (editing !== null && correct !== null) {
    return (
      <li>
        <BesluitCorrectionForm besluit={besluit} draft={correction} correct={correct} />
      </li>
    );
  }
  if (editing !== null) {
    const trimmed = editing.trim();
    return (
      <li>
        <form
          className="mt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (trimmed === "") return;
            if (correctBesluit(doc, besluit.id, trimmed, stamp())) correction.discard();
          }}
        >
          <label htmlFor={inputId}>{t.editBesluitLabel}</label>
          <textarea
            id={inputId}
            value={editing}
            maxLength={BESLUIT_TEXT_MAX}
            rows={2}
            aria-describedby={`${inputId}-lengte`}
            onChange={(e) => correction.edit(e.target.value)}
          />
          <LengthNote id={`${inputId}-lengte`} length={editing.length} max={BESLUIT_TEXT_MAX} />
          <div className="mt-besluit-actions">
            <button type="submit" className="button button-primary" disabled={trimmed === ""}>
              {t.saveBesluit}
            </button>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => correction.discard()}
            >
              {t.cancelEdit}
            </button>
          </div>
        </form>
      </li>
    );
  }

  // Each besluit has the same buttons: their names say which besluit they act on.
  const named = (action: string) => t.besluitAction(action, openingWords(besluit.text));
  const withdraw = () => {
    if (window.confirm(t.withdrawBesluitConfirm)) withdrawBesluit(doc, besluit.id, stamp());
  };
  return (
    <li>
      {besluit.text}
      {besluit.correctedBy !== undefined && besluit.correctedAt !== undefined && (
        <span className="muted mt-besluit-note">
          {" "}
          ({t.besluitCorrected(nameOf(besluit.correctedBy), formatClockTime(besluit.correctedAt))})
        </span>
      )}
      {besluit.correctionAfterEnd !== undefined && (
        <CorrectionNote
          correction={besluit.correctionAfterEnd}
          original={besluit.correctionAfterEnd.originalText}
          originalLabel={t.originalBesluit}
          nameOf={nameOf}
        />
      )}
      {mayRecord && (
        <span className="mt-besluit-actions">
          <button
            type="button"
            className="button button-quiet"
            aria-label={named(t.editBesluit)}
            onClick={() => correction.begin(besluit.text)}
          >
            {t.editBesluit}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={named(t.withdrawBesluit)}
            onClick={withdraw}
          >
            {t.withdrawBesluit}
          </button>
        </span>
      )}
      {correct !== null && (
        <span className="mt-besluit-actions">
          <button
            type="button"
            className="button button-quiet"
            aria-label={named(t.correct)}
            onClick={() => correction.begin(besluit.text)}
          >
            {t.correct}
          </button>
          <button
            type="button"
            className="button button-quiet"
            aria-label={named(t.withdrawAfterEnd)}
            onClick={() => setWithdrawing(true)}
          >
            {t.withdrawAfterEnd}
          </button>
        </span>
      )}
    </li>
  );
}

/** The opening words of a besluit, enough to tell it from the others in a button's name. */
function openingWords(text: string): string {
  return text.length <= OPENING_LENGTH ? text : `${text.slice(0, OPENING_LENGTH).trimEnd()}…`;
}
