/**
 * What the account forms check before sending: the shared schemas, with the first problem per
 * field shown beside that field. The server checks the same and more (a taken username).
 */
import type { z } from "zod";
import {
  AccountChangeSchema,
  type AccountChangeRequest,
  type AccountView,
} from "../../../shared/api/accounts.js";
import type { Role } from "../../../shared/domain/roles.js";

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

/** The edit form's fields as typed. */
export interface AccountEditValues {
  displayName: string;
  organisationId: string;
  role: Role;
}

/** The edit form's starting values: the account as it is. */
export function editValuesOf(account: AccountView): AccountEditValues {
  return {
    displayName: account.displayName,
    organisationId: account.organisationId,
    role: account.role,
  };
}

/** Only what the beheerder changed, checked; "nothing changed" is refused like any problem. */
export function checkEdit(
  account: AccountView,
  values: AccountEditValues,
): Checked<AccountChangeRequest> {
  const change: Partial<AccountEditValues> = {};
  if (values.displayName.trim() !== account.displayName) change.displayName = values.displayName;
  if (values.organisationId !== account.organisationId) {
    change.organisationId = values.organisationId;
  }
  if (values.role !== account.role) change.role = values.role;
  return checkForm(AccountChangeSchema, change);
}
