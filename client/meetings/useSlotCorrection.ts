/**
 * The submit flow of the chair's correction forms after the overleg (useCheckedSubmit over the
 * shared schema): sends the correction, calls `onDone` once the server made it, and gives the one
 * message the forms show, the server's refusal or else the first problem the check found.
 */
import type { FormEvent } from "react";
import { SlotCorrectionSchema, type SlotCorrectionInput } from "../../shared/api/meetings.js";
import { checkForm, firstFieldError } from "../forms/checkedForm.js";
import { useCheckedSubmit } from "../forms/useCheckedSubmit.js";
import type { SlotCorrector } from "./meetingsApi.js";

/** What a correction form shows and wires up. */
export interface SlotCorrectionSubmit {
  failure: string | null;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
}

/** Checks and sends `correction` (as typed now) with `correct`; `onDone` after it was made. */
export function useSlotCorrection(
  correct: SlotCorrector,
  correction: SlotCorrectionInput,
  onDone: () => void,
): SlotCorrectionSubmit {
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkForm(SlotCorrectionSchema, correction),
    async (checked) => {
      await correct(checked);
      onDone();
    },
  );
  return { failure: failure ?? firstFieldError(errors), busy, onSubmit };
}
