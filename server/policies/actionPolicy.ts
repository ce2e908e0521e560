/**
 * Who may see and change an action of a plan van aanpak. Seeing follows the case (casePolicy):
 * whoever may see the case sees its actions. Changing (status, due date, responsible person)
 * additionally needs write access to the case and one of these places at it:
 *
 * - the responsible person (`user:<id>` in the plan),
 * - a participant of the case from the organisation that carries out the action,
 * - the case's casusregisseur or procesregisseur (or the region's procesregisseur, who chairs).
 *
 * A user named as responsible (`user:<id>`) must be someone who may see the case's actions: an
 * active account the case policy lets see the case as a standing partner. The same rule decides who
 * is told about an action (the overdue signals), so nothing about an action reaches anyone else.
 */
import { parseResponsible } from "../../shared/domain/action.js";
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import { canViewCase, caseAccess, caseActorOf, type TeamAccount } from "./casePolicy.js";

/** The parts of an action the policy looks at. */
export interface ActionOwnership {
  organisationId: string | null;
  responsible: string | null;
}

/** Whether the principal may see the case's actions. */
export function canViewActions(principal: Principal, c: Case): boolean {
  return canViewCase(principal, c);
}

/**
 * Whether a stored account may see the case's actions: active, and allowed to see the case. A
 * meeting clearance does not count (as for `canViewActions`): a guest reads the case during one
 * overleg; the follow-up of its actions is not theirs.
 */
export function accountMaySeeActions(account: TeamAccount | undefined, c: Case): boolean {
  if (account === undefined || account.disabled) return false;
  return caseAccess(caseActorOf(account), c) !== "none";
}

/**
 * Whether `responsible` (as the plan stores it) may be named as the action's Verantwoordelijke:
 * a free-text name always (someone without an account, as said at the table); a user only when
 * `accountOf` finds an account that may see the case's actions.
 */
export function mayBeResponsible(
  responsible: string,
  c: Case,
  accountOf: (userId: string) => TeamAccount | undefined,
): boolean {
  const parsed = parseResponsible(responsible);
  return parsed.type === "name" || accountMaySeeActions(accountOf(parsed.userId), c);
}

/** True when the plan names the principal as the action's responsible person. */
export function isResponsibleFor(principal: Principal, action: ActionOwnership): boolean {
  if (action.responsible === null) return false;
  const responsible = parseResponsible(action.responsible);
  return responsible.type === "user" && responsible.userId === principal.userId;
}

/** Whether the principal may change the action's status, due date or responsible person. */
export function canChangeAction(principal: Principal, c: Case, action: ActionOwnership): boolean {
  if (caseAccess(principal, c) !== "write") return false;
  if (isResponsibleFor(principal, action)) return true;
  const participant = c.participants.find((p) => p.userId === principal.userId);
  if (participant?.caseRole === "casusregisseur" || participant?.caseRole === "procesregisseur") {
    return true;
  }
  if (principal.role === "procesregisseur" && principal.regio === c.regio) return true;
  return (
    participant !== undefined &&
    action.organisationId !== null &&
    action.organisationId === principal.organisationId
  );
}
