/**
 * What an overleg's carried-over actions show of a case, as one string: each live action's text,
 * organisation, responsible, due date and status, in plan order, and how many progress notes the
 * case has. Two equal fingerprints mean the table would see nothing new; an edit elsewhere in the
 * plan leaves it as it is.
 */
import type { Store } from "../store/store.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";

/** The fingerprint of the case's actions as the overleg shows them. */
export function actionsFingerprint(
  index: ActionIndexRepository,
  store: Store,
  caseId: string,
): string {
  const live = index
    .actionsOf(caseId)
    .filter((action) => action.removedAt === null)
    .map((a) => [a.key, a.text, a.organisationId, a.responsible, a.dueDate, a.status]);
  return JSON.stringify([live, store.progress.ofCase(caseId).length]);
}
