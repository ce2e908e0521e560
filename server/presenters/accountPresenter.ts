/** What leaves the server about accounts for the beheerder: never the password hash. */
import type { AccountList, AccountView } from "../../shared/api/accounts.js";
import type { OrganisationRepository } from "../store/organisationRepository.js";
import type { UserRecord } from "../store/schema.js";

/** One account as the beheerder sees it. */
export function presentAccount(
  account: UserRecord,
  organisations: OrganisationRepository,
): AccountView {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    organisationId: account.organisationId,
    organisationName: organisations.get(account.organisationId)?.name ?? "",
    role: account.role,
    regio: account.regio,
    disabled: account.disabled,
    createdAt: account.createdAt,
  };
}

/** Every account by display name, and the organisations to choose from (by name). */
export function presentAccountList(
  accounts: readonly UserRecord[],
  organisations: OrganisationRepository,
  regions: string[],
): AccountList {
  return {
    accounts: [...accounts]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, "nl"))
      .map((account) => presentAccount(account, organisations)),
    organisations: organisations.list().map(({ id, name }) => ({ id, name })),
    regions,
  };
}
