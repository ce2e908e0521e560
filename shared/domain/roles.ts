/** Roles a user account has (one per user) and their Dutch labels. One source for both sides. */
import { z } from "zod";

/** Every account role, in order of how much of the process the role steers. */
export const ROLES = [
  "beheerder",
  "procesregisseur",
  "casusregisseur",
  "deelnemer",
  "incidenteel",
] as const;

/**
 * The account roles of partner professionals, who do casework: they register cases and sit at a
 * case as standing partners. Not the beheerder (no casework: an account made beheerder loses every
 * case it was on), not an incidentele deelnemer (a guest of one overleg).
 */
export const CASEWORK_ROLES = [
  "procesregisseur",
  "casusregisseur",
  "deelnemer",
] as const satisfies readonly (typeof ROLES)[number][];

/** True for the account roles that do casework (`CASEWORK_ROLES`). */
export function isCaseworkRole(role: Role): boolean {
  return (CASEWORK_ROLES as readonly Role[]).includes(role);
}

/** Schema for one account role. */
export const RoleSchema = z.enum(ROLES);

/** An account role. */
export type Role = z.infer<typeof RoleSchema>;

/** Dutch label per role, as the UI shows it. */
export const ROLE_LABELS: Record<Role, string> = {
  beheerder: "Beheerder",
  procesregisseur: "Procesregisseur",
  casusregisseur: "Casusregisseur",
  deelnemer: "Deelnemer",
  incidenteel: "Incidentele deelnemer",
};
