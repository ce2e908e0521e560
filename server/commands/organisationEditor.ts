/**
 * Renames an organisation or changes its kind, for the beheerder. Accounts and cases refer to an
 * organisation by id, so a new name shows everywhere at once; a verslag already fixed keeps the
 * name it was fixed with.
 */
import type { OrganisationChangeRequest } from "../../shared/api/organisations.js";
import type { Organisation } from "../../shared/domain/organisation.js";
import type { Principal } from "../auth/principal.js";
import { forbidden, notFound } from "../errors.js";
import { mayManageOrganisations } from "../policies/organisationPolicy.js";
import type { Store } from "../store/store.js";
import { requireFreeName } from "./organisationCreator.js";

/** The fields of an organisation a change can set. */
export type OrganisationField = keyof OrganisationChangeRequest;

/** What a change did: the organisation as it is now and which fields changed. */
export interface OrganisationEdit {
  organisation: Organisation;
  changed: OrganisationField[];
}

/** Applies the change; 403 for anyone but the beheerder, 404 if unknown, 409 for a taken name. */
export async function changeOrganisation(
  store: Store,
  principal: Principal,
  id: string,
  change: OrganisationChangeRequest,
): Promise<OrganisationEdit> {
  if (!mayManageOrganisations(principal)) throw forbidden();
  const current = store.organisations.get(id);
  if (current === undefined) throw notFound();
  const changed = (["name", "kind"] as const).filter(
    (field) => change[field] !== undefined && change[field] !== current[field],
  );
  if (changed.length === 0) return { organisation: current, changed };
  if (change.name !== undefined) requireFreeName(store, change.name, id);
  const organisation = await store.organisations.update(id, change);
  if (organisation === undefined) throw notFound();
  return { organisation, changed };
}
