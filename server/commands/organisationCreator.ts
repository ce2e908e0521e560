/**
 * Adds a partner organisation for the beheerder: a name no other organisation of the region has
 * (compared without case) and a kind, which the triage advice goes by.
 */
import type { OrganisationCreateRequest } from "../../shared/api/organisations.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import { newId } from "../ids.js";
import { mayManageOrganisations } from "../policies/organisationPolicy.js";
import type { Store } from "../store/store.js";

/** The answer when a name is taken; it does not repeat the name. */
export const ORGANISATION_NAME_TAKEN_MESSAGE =
  "Er is al een organisatie met deze naam. Kies een andere naam.";

/** Throws a 409 when an organisation other than `exceptId` is called `name`. */
export function requireFreeName(store: Store, name: string, exceptId?: string): void {
  const holder = store.organisations.findByName(name);
  if (holder !== undefined && holder.id !== exceptId) {
    throw conflict(ORGANISATION_NAME_TAKEN_MESSAGE);
  }
}

/** Adds the organisation; 403 for anyone but the beheerder, 409 for a name already in use. */
export async function createOrganisation(
  store: Store,
  principal: Principal,
  request: OrganisationCreateRequest,
): Promise<Organisation> {
  if (!mayManageOrganisations(principal)) throw forbidden();
  requireFreeName(store, request.name);
  const organisation: Organisation = { id: newId("org"), name: request.name, kind: request.kind };
  await store.organisations.add(organisation);
  return organisation;
}
