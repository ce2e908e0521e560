/** Who keeps the region's partner organisations: the beheerder (domain.md §2). */
import type { Principal } from "../auth/principal.js";

/** Whether the principal may list, add and change partner organisations. */
export function mayManageOrganisations(principal: Principal): boolean {
  return principal.role === "beheerder";
}
