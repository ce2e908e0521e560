/**
 * Who may read management reports, and of which region. Reports are aggregates (counts, shares,
 * medians), never rows per case; still they are computed from case data, so they go to whom that
 * data is open already: the procesregisseur, who sees every case of their region (casePolicy.ts),
 * reads the report of that region. Everyone else, the beheerder included (no casework, no case
 * data: need-to-know), is refused; opening reports to them would call for suppressing small
 * counts first.
 */
import { REPORT_ROLES } from "../../shared/api/reports.js";
import type { Principal } from "../auth/principal.js";

/** The region whose report the principal may read, or null when they may read none. */
export function reportRegionOf(principal: Principal): string | null {
  return REPORT_ROLES.includes(principal.role) ? principal.regio : null;
}
