/**
 * Changes an account for the beheerder: display name, organisation, role, region (a known one),
 * blocked or not. One
 * write of the account; a change to what the user may reach makes the store re-check their open
 * sockets (a blocked user's close at once). Blocking also ends every session of the user first,
 * so no request of theirs gets through after the answer. A move to another organisation, region or
 * role takes the account off the slots of cases it can no longer take part in. A beheerder does
 * not block or demote themselves, and the last active beheerder stays (accountPolicy.ts).
 */
import type { AccountChangeRequest } from "../../shared/api/accounts.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden, notFound } from "../errors.js";
import {
  ACCOUNT_REFUSAL_MESSAGES,
  accountChangeRefusal,
  mayManageAccounts,
} from "../policies/accountPolicy.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import {
  withdrawMovedAccount,
  type WithdrawnInvitation,
} from "../meetings/invitationWithdrawer.js";
import { requireOrganisation, requireRegion } from "./accountCreator.js";

/** The fields of an account a change can set. */
export type AccountField = keyof AccountChangeRequest;

/** What a change did, for the audit trail: the account as it is now and which fields changed. */
export interface AccountEdit {
  account: UserRecord;
  changed: AccountField[];
  /** Sessions ended because the account was blocked. */
  sessionsEnded: number;
  /**
   * Per case, the overleggen whose slots the account was taken off: moved to another
   * organisation or region, or to a role without casework, it can no longer take part in them.
   */
  uninvited: { caseId: string; withdrawn: WithdrawnInvitation[] }[];
}

/** The account, when the principal may manage accounts: 403 if not, 404 if unknown. */
export function findManagedAccount(store: Store, principal: Principal, id: string): UserRecord {
  if (!mayManageAccounts(principal)) throw forbidden();
  const account = store.users.get(id);
  if (!account) throw notFound();
  return account;
}

/** The fields whose value the change really alters. */
function changedFields(account: UserRecord, change: AccountChangeRequest): AccountField[] {
  const fields: AccountField[] = ["displayName", "organisationId", "role", "regio", "disabled"];
  return fields.filter((field) => change[field] !== undefined && change[field] !== account[field]);
}

/** Applies the change; 400 for an unknown organisation or region, 409 for a refused one. */
export async function changeAccount(
  store: Store,
  principal: Principal,
  id: string,
  change: AccountChangeRequest,
  now: Date = new Date(),
): Promise<AccountEdit> {
  const account = findManagedAccount(store, principal, id);
  if (change.organisationId !== undefined) requireOrganisation(store, change.organisationId);
  if (change.regio !== undefined) requireRegion(store, change.regio);
  const refusal = accountChangeRefusal(principal.userId, account, change, store.users.list());
  if (refusal !== null) throw conflict(ACCOUNT_REFUSAL_MESSAGES[refusal]);
  const changed = changedFields(account, change);
  if (changed.length === 0) return { account, changed, sessionsEnded: 0, uninvited: [] };
  const blocking = change.disabled === true && !account.disabled;
  // The account is written first: its notification closes the sockets as access revoked (4403),
  // before the sessions' end would close them as logged out (4401).
  const updated = await store.users.update(account.id, {
    displayName: change.displayName,
    organisationId: change.organisationId,
    role: change.role,
    regio: change.regio,
    disabled: change.disabled,
  });
  if (!updated) throw notFound();
  const ended = blocking ? await store.sessions.removeForUser(account.id) : [];
  const moved = changed.some((f) => f === "organisationId" || f === "regio" || f === "role");
  const uninvited = moved ? await withdrawMovedAccount(store, updated, now) : [];
  return { account: updated, changed, sessionsEnded: ended.length, uninvited };
}
