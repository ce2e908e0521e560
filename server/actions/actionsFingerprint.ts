/**
 * What an overleg's slot shows of a case that changes outside the slot, as one string: each live
 * action's text, organisation, responsible, due date and status, in plan order, how many progress
 * notes the case has, and the case's phase with its number of triage decisions (a triagebesluit
 * taken beside the slot moves the chair's next steps and the verslag's phase). Two equal
 * fingerprints mean the table would see nothing new; an edit elsewhere in the plan leaves it as it
 * is.
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
  const c = store.cases.get(caseId);
  const phase = [c?.phase ?? null, c?.triageBesluiten?.length ?? 0];
  return JSON.stringify([live, store.progress.ofCase(caseId).length, phase]);
}
