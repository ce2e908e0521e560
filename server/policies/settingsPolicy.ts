/** Who manages the ZVH's settings (the retention period): the beheerder (domain.md §2). */
import type { Principal } from "../auth/principal.js";

/** Whether the principal may read and change the retention period. */
export function mayManageRetention(principal: Principal): boolean {
  return principal.role === "beheerder";
}
