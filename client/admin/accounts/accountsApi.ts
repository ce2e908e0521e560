/**
 * The account API as the Beheer page uses it. Names and passwords travel in request bodies only;
 * a path holds an account id and nothing else.
 */
import {
  AccountListSchema,
  AccountViewSchema,
  type AccountChangeRequest,
  type AccountCreateRequest,
  type AccountList,
  type AccountView,
} from "../../../shared/api/accounts.js";
import { requestJson, requestVoid } from "../../api/http.js";

const accountPath = (id: string) => `/api/accounts/${encodeURIComponent(id)}`;

/** Every account, and the organisations to choose from. */
export function fetchAccounts(signal?: AbortSignal): Promise<AccountList> {
  return requestJson("GET", "/api/accounts", AccountListSchema, { signal });
}

/** Creates an account; answers it as stored. */
export function createAccount(account: AccountCreateRequest): Promise<AccountView> {
  return requestJson("POST", "/api/accounts", AccountViewSchema, { body: account });
}

/** Changes an account; answers it as stored. */
export function changeAccount(id: string, change: AccountChangeRequest): Promise<AccountView> {
  return requestJson("PATCH", accountPath(id), AccountViewSchema, { body: change });
}

/** Sets a new password on an account (the user's sessions end). */
export function setAccountPassword(id: string, password: string): Promise<void> {
  return requestVoid("POST", `${accountPath(id)}/password`, { body: { password } });
}
