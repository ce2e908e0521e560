/**
 * Who may see and change a case. The one place these rules live: HTTP routes and the websocket
 * server both ask here, so a rule holds on every path.
 *
 * - A participant of a case sees it; so does a procesregisseur of the case's region (the ZVH staff
 *   who take in and triage every new case of their region).
 * - Everyone else, including the beheerder, does not: need-to-know (WGS, domain.md §8).
 * - Read-only: a participant marked read-only, and everyone on a closed case.
 */
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";

/** What a user may do with a case's documents. */
export type CaseAccess = "write" | "read" | "none";

/** Whether the principal may know the case exists and see its content. */
export function canViewCase(principal: Principal, c: Case): boolean {
  return caseAccess(principal, c) !== "none";
}

/** The principal's access to a case's content. */
export function caseAccess(principal: Principal, c: Case): CaseAccess {
  const participant = c.participants.find((p) => p.userId === principal.userId);
  const regionalChair = principal.role === "procesregisseur" && principal.regio === c.regio;
  if (!participant && !regionalChair) return "none";
  if (c.phase === "gesloten") return "read";
  if (participant?.readOnly && !regionalChair) return "read";
  return "write";
}
