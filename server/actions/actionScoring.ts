/**
 * Scores indexed actions with the shared `scoreAction`. Computed on every read: it is a few
 * additions per action, and so it always reflects the action as indexed, the case's current
 * triage outcome and leefgebied scores, and today's date, without any recompute bookkeeping.
 */
import type { ActionCaseContext, ActionScore } from "../../shared/triage/scoreAction.js";
import { scoreAction } from "../../shared/triage/scoreAction.js";
import type { CaseRecord } from "../store/schema.js";
import type { IndexedAction, LeefgebiedScores } from "./indexedAction.js";

/** What scoring needs about a case: its latest triage colour and its leefgebied scores. */
export function actionCaseContext(c: CaseRecord, scores: LeefgebiedScores): ActionCaseContext {
  const oordeel = c.triageSummary?.oordeel ?? c.triageBesluiten?.at(-1)?.result.oordeel ?? null;
  const leefgebieden: ActionCaseContext["leefgebieden"] = {};
  for (const [leefgebied, score] of Object.entries(scores)) {
    leefgebieden[leefgebied as keyof LeefgebiedScores] = { score: score ?? null };
  }
  return { oordeel, leefgebieden };
}

/** The action's score today; a removed action needs no attention. */
export function scoreIndexedAction(
  action: IndexedAction,
  context: ActionCaseContext,
  today: string,
): ActionScore {
  if (action.removedAt !== null) {
    return { score: 0, label: "laag", reasons: ["Actie is verwijderd uit het plan."] };
  }
  return scoreAction(action, context, today);
}
