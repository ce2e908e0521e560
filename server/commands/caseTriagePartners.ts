/** The organisations asked "bekend bij ons" in a case's triage. */
import type { Organisation } from "../../shared/domain/organisation.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { memberOrganisationOf } from "./memberOrganisation.js";

/**
 * The partners invited in the registration plus the organisations of the participants, without
 * the ZVH itself (it holds no information of its own about the person). Sorted by name, so the
 * browser and the server count the same questions.
 */
export function triagePartnersOf(store: Store, c: CaseRecord): Organisation[] {
  const ids = new Set(c.aanmelding?.partners.map((p) => p.organisationId) ?? []);
  for (const participant of c.participants) {
    const organisationId = memberOrganisationOf(store, participant);
    if (organisationId) ids.add(organisationId);
  }
  return [...ids]
    .map((id) => store.organisations.get(id))
    .filter((org): org is Organisation => org !== undefined && org.kind !== "zvh")
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
