/**
 * Who may manage accounts (the beheerder), and which changes to an account are refused whoever
 * asks: a beheerder does not block or demote themselves, and the last active beheerder stays one,
 * so there is always someone left who can manage accounts.
 */
import type { Role } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import type { UserRecord } from "../store/schema.js";

/** An account as these rules see it. */
export type ManagedAccount = Pick<UserRecord, "id" | "role" | "disabled">;

/** The part of a change these rules look at. */
export interface AccountStateChange {
  role?: Role;
  disabled?: boolean;
}

/** Why a change to an account is refused (its Dutch message is in `ACCOUNT_REFUSAL_MESSAGES`). */
export type AccountRefusal = "self" | "last_beheerder";

/** The Dutch message per refusal; names no one. */
export const ACCOUNT_REFUSAL_MESSAGES: Record<AccountRefusal, string> = {
  self: "U kunt uw eigen account niet blokkeren en uzelf de rol beheerder niet afnemen.",
  last_beheerder:
    "Dit is de laatste actieve beheerder. Maak eerst een ander account beheerder voordat u dit account blokkeert of een andere rol geeft.",
};

/** Whether the principal may list, create and change accounts. */
export function mayManageAccounts(principal: Principal): boolean {
  return principal.role === "beheerder";
}

/** An account that can manage accounts now. */
function isActiveBeheerder(account: Pick<ManagedAccount, "role" | "disabled">): boolean {
  return account.role === "beheerder" && !account.disabled;
}

/**
 * Why `actorId` may not make `change` to `target`, given every account; null when it may. Only a
 * change that takes an active beheerder's management away (blocking, another role) is checked.
 */
export function accountChangeRefusal(
  actorId: string,
  target: ManagedAccount,
  change: AccountStateChange,
  accounts: readonly ManagedAccount[],
): AccountRefusal | null {
  const after = { role: change.role ?? target.role, disabled: change.disabled ?? target.disabled };
  if (!isActiveBeheerder(target) || isActiveBeheerder(after)) return null;
  if (target.id === actorId) return "self";
  const others = accounts.filter((a) => a.id !== target.id && isActiveBeheerder(a));
  return others.length === 0 ? "last_beheerder" : null;
}
