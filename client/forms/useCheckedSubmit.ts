/**
 * The submit flow forms share: check what was typed with the shared schema, show the
 * first problem beside each field (and one about the form as a whole above its buttons), send, and
 * show the server's reason when it refuses. While a submit is on its way, another does nothing.
 */
import { useState, type FormEvent } from "react";
import { errorMessage } from "../api/errorMessage.js";
import type { Checked, FieldErrors } from "./checkedForm.js";

/** What a form shows and wires up. */
export interface CheckedSubmit {
  errors: FieldErrors;
  /** The reason the form as a whole was refused (by the check or by the server). */
  failure: string | null;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
}

/** `check` runs on submit; `send` gets the checked request and rejects with the server's reason. */
export function useCheckedSubmit<T>(
  check: () => Checked<T>,
  send: (value: T) => Promise<void>,
): CheckedSubmit {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = check();
    setErrors(checked.ok ? {} : checked.errors);
    setFailure(checked.ok ? null : (checked.errors[""] ?? null));
    if (!checked.ok) return;
    setBusy(true);
    try {
      await send(checked.value);
    } catch (error: unknown) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return { errors, failure, busy, onSubmit: (event) => void submit(event) };
}
