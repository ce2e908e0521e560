/** What leaves the server about partner organisations for the beheerder. */
import type { OrganisationList, OrganisationView } from "../../shared/api/organisations.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import type { UserRecord } from "../store/schema.js";

/** How many accounts belong to each organisation. */
function accountCounts(users: readonly UserRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const user of users)
    counts.set(user.organisationId, (counts.get(user.organisationId) ?? 0) + 1);
  return counts;
}

/** One organisation with its number of accounts. */
export function presentOrganisation(
  organisation: Organisation,
  users: readonly UserRecord[],
): OrganisationView {
  const { id, name, kind } = organisation;
  return { id, name, kind, accounts: users.filter((u) => u.organisationId === id).length };
}

/** Every organisation (the repository lists them by name), with its number of accounts. */
export function presentOrganisationList(
  organisations: readonly Organisation[],
  users: readonly UserRecord[],
): OrganisationList {
  const counts = accountCounts(users);
  return {
    organisations: organisations.map(({ id, name, kind }) => ({
      id,
      name,
      kind,
      accounts: counts.get(id) ?? 0,
    })),
  };
}
