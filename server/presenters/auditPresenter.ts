/**
 * What leaves the server about the audit trail: the entries as stored (ids only, never names of
 * persons or cases), the places of damaged lines (never their content) and the names of the partner organisations that acted, which are no personal
 * data and spare the Beheer page a second request.
 */
import type { AuditPage } from "../../shared/api/audit.js";
import type { AuditPageRead } from "../audit/auditPage.js";
import type { OrganisationRepository } from "../store/organisationRepository.js";

/** Presents a page of the trail with the names of its actors' organisations. */
export function presentAuditPage(
  page: AuditPageRead,
  organisations: Pick<OrganisationRepository, "get">,
): AuditPage {
  const names: Record<string, string> = {};
  for (const { actor } of page.entries) {
    if (actor.kind !== "user" || actor.organisationId in names) continue;
    const organisation = organisations.get(actor.organisationId);
    if (organisation) names[organisation.id] = organisation.name;
  }
  return {
    entries: page.entries,
    damaged: page.damaged,
    nextBefore: page.nextBefore,
    organisations: names,
  };
}
