/**
 * What a form checks before sending: a shared schema, with the first problem per field shown
 * beside that field. The server checks the same and more.
 */
import type { z } from "zod";

/** The first message per field of a refused form; the form as a whole under "". */
export type FieldErrors = Record<string, string>;

/** The outcome of checking a form: the request to send, or what to show beside which field. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Checks `input` with `schema`; on failure, the first message of every field. */
export function checkForm<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join(".");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The first field's message of a refused form, for a form that shows one message for all. */
export function firstFieldError(errors: FieldErrors): string | null {
  return Object.values(errors)[0] ?? null;
}
