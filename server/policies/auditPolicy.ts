/** Who may read the audit trail: the beheerder (who also answers data-subject requests). */
import type { Principal } from "../auth/principal.js";

/** Whether the principal may read audit entries. Reading is itself audited. */
export function canReadAudit(principal: Principal): boolean {
  return principal.role === "beheerder";
}
