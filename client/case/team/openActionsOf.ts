/**
 * How many of a case's actions a team member still has to carry out: live in the plan, open or in
 * uitvoering, with them as the responsible user. Removing them from the team leaves those on their
 * name, so the manager is told before and can hand them on.
 */
import type { ActionView } from "../../../shared/api/actions.js";

/** The count of the member's open actions among `actions`. */
export function openActionsOf(actions: readonly ActionView[], userId: string): number {
  return actions.filter(
    (action) =>
      action.removed === null &&
      (action.status === "open" || action.status === "in_uitvoering") &&
      action.responsible?.type === "user" &&
      action.responsible.userId === userId,
  ).length;
}
