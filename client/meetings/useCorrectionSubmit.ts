/**
 * The submit flow of the chair's corrections after the overleg (a besluit's text, someone's
 * attendance): check with the shared schema, send, and show the server's reason when it refuses
 * (after the correction window, or when the record changed since the form opened). The corrected
 * record itself arrives through the slot document, as every change to it does. While a correction
 * is on its way, another submit does nothing.
 */
import { useState } from "react";
import { SlotCorrectionSchema, type SlotCorrectionInput } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** Sends one correction of the slot's record; rejects with the server's reason. */
export type SlotCorrector = (correction: SlotCorrectionInput) => Promise<void>;

/** What a correction form shows and wires up. */
export interface CorrectionSubmit {
  busy: boolean;
  /** Why the correction was refused (by the check or by the server); null when it was not. */
  failure: string | null;
  /** Checks and sends `correction`; calls `onDone` once the server made it. */
  submit: (correction: SlotCorrectionInput, onDone: () => void) => void;
}

/** The submit flow of one correction form over `correct`. */
export function useCorrectionSubmit(correct: SlotCorrector): CorrectionSubmit {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = (correction: SlotCorrectionInput, onDone: () => void) => {
    if (busy) return;
    const checked = SlotCorrectionSchema.safeParse(correction);
    if (!checked.success) {
      setFailure(checked.error.issues[0]?.message ?? t.correctionInvalid);
      return;
    }
    setFailure(null);
    setBusy(true);
    correct(correction).then(
      () => {
        setBusy(false);
        onDone();
      },
      (error: unknown) => {
        setBusy(false);
        setFailure(errorMessage(error));
      },
    );
  };
  return { busy, failure, submit };
}
