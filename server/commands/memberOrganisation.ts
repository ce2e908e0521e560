/** The organisation a case member sits at the case for. */
import type { CaseParticipant } from "../../shared/domain/case.js";
import type { Store } from "../store/store.js";

/**
 * The organisation recorded when the member joined (a later move to another employer does not
 * change which partner was at the table); for an entry without one, the account's.
 */
export function memberOrganisationOf(store: Store, member: CaseParticipant): string | undefined {
  return member.organisationId ?? store.users.get(member.userId)?.organisationId;
}
