/**
 * The account list on the Beheer page: filtered by what the beheerder types (client-side, on the
 * loaded list, so nothing typed is sent), and kept in name order when the server answers a change.
 */
import type { AccountList, AccountView } from "../../../shared/api/accounts.js";
import { ROLE_LABELS } from "../../../shared/domain/roles.js";

/** The text an account is found by: name, username, organisation, role and region. */
function searchText(account: AccountView): string {
  return [
    account.displayName,
    account.username,
    account.organisationName,
    ROLE_LABELS[account.role],
    account.regio,
  ]
    .join(" ")
    .toLocaleLowerCase("nl");
}

/** The accounts matching every word of `query`, in list order; all of them for an empty query. */
export function filterAccounts(accounts: readonly AccountView[], query: string): AccountView[] {
  const words = query.toLocaleLowerCase("nl").split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...accounts];
  return accounts.filter((account) => {
    const text = searchText(account);
    return words.every((word) => text.includes(word));
  });
}

/** The list with `account` put in (new) or replaced (changed), in name order. */
export function withAccount(list: AccountList, account: AccountView): AccountList {
  const others = list.accounts.filter((a) => a.id !== account.id);
  return {
    ...list,
    accounts: [...others, account].sort((a, b) => a.displayName.localeCompare(b.displayName, "nl")),
  };
}
