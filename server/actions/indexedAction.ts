/** The action index's records: one per action item ever seen in a case's plan van aanpak. */
import type { PlanActionItem } from "../../shared/docs/planDoc.js";
import type { Leefgebied, ZrmScore } from "../../shared/domain/leefgebied.js";

/** The fields an action item carries in the plan document, as the shared reader returns them. */
export type ActionFields = Omit<PlanActionItem, "id" | "item">;

/** One indexed action: the plan's fields plus the index's own bookkeeping. */
export interface IndexedAction extends ActionFields {
  /** The node's id; for a node without a usable id a position-based key (see `indexKeyOf`). */
  key: string;
  /** The node's own id when it is present and unique in the plan, else null (not changeable). */
  nodeId: string | null;
  caseId: string;
  /** Position among the plan's action items, in document order. */
  position: number;
  firstSeenAt: string;
  lastChangedAt: string;
  /** User ids of whoever changed it last (the hook's editors; empty for server-side changes). */
  lastChangedBy: string[];
  /** Set when the node was deleted from the plan (`verwijderd uit plan`). */
  removedAt: string | null;
  removedBy: string[];
  /** The due date for which an overdue signal was already given (the daily job's mark). */
  overdueSignalledFor: string | null;
}

/** Current ZRM scores of a case's leefgebieden, as the action score needs them. */
export type LeefgebiedScores = Partial<Record<Leefgebied, ZrmScore | null>>;

/** Everything the index holds about one case: its actions and the scoring context from its documents. */
export interface CaseActionIndex {
  caseId: string;
  actions: IndexedAction[];
  leefgebiedScores: LeefgebiedScores;
}

/** The content fields of an action, for comparisons and for the property test. */
export function actionFieldsOf(action: ActionFields): ActionFields {
  return {
    text: action.text,
    organisationId: action.organisationId,
    responsible: action.responsible,
    dueDate: action.dueDate,
    status: action.status,
    kind: action.kind,
    leefgebied: action.leefgebied,
    completedAt: action.completedAt,
    completedBy: action.completedBy,
    vervallenReden: action.vervallenReden,
    onvolledig: action.onvolledig,
    problems: [...action.problems],
  };
}

/** True when the action was deleted from the plan. */
export function isRemoved(action: IndexedAction): boolean {
  return action.removedAt !== null;
}
