/** The organisation API as the Beheer page uses it; a path holds an organisation id only. */
import {
  OrganisationListSchema,
  OrganisationViewSchema,
  type OrganisationChangeRequest,
  type OrganisationCreateRequest,
  type OrganisationList,
  type OrganisationView,
} from "../../../shared/api/organisations.js";
import { requestJson } from "../../api/http.js";

/** Every organisation of the region, by name. */
export function fetchOrganisations(signal?: AbortSignal): Promise<OrganisationList> {
  return requestJson("GET", "/api/organisations", OrganisationListSchema, { signal });
}

/** Adds an organisation; answers it as stored. */
export function createOrganisation(request: OrganisationCreateRequest): Promise<OrganisationView> {
  return requestJson("POST", "/api/organisations", OrganisationViewSchema, { body: request });
}

/** Changes an organisation; answers it as stored. */
export function changeOrganisation(
  id: string,
  change: OrganisationChangeRequest,
): Promise<OrganisationView> {
  const path = `/api/organisations/${encodeURIComponent(id)}`;
  return requestJson("PATCH", path, OrganisationViewSchema, { body: change });
}
