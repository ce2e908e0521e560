/**
 * What the account forms check before sending: the shared schemas, with the first problem per
 * field shown beside that field. The server checks the same and more (a taken username).
 */
import {
  AccountChangeSchema,
  type AccountChangeRequest,
  type AccountView,
} from "../../../shared/api/accounts.js";
import type { Role } from "../../../shared/domain/roles.js";
import { checkForm, type Checked } from "../../forms/checkedForm.js";

/** The edit form's fields as typed. */
export interface AccountEditValues {
  displayName: string;
  organisationId: string;
  role: Role;
  regio: string;
}

/** The edit form's starting values: the account as it is. */
export function editValuesOf(account: AccountView): AccountEditValues {
  return {
    displayName: account.displayName,
    organisationId: account.organisationId,
    role: account.role,
    regio: account.regio,
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
  if (values.regio !== account.regio) change.regio = values.regio;
  return checkForm(AccountChangeSchema, change);
}
