/**
 * Lists actions for one user: every action of every case the user may see, filtered by the
 * query, presented, and sorted by the action score (highest first), then by due date. Lists across
 * cases (Mijn acties) leave closed cases out: what is left open there was placed with a regular
 * partner when the case closed, and Casustafel follows it no more; the case's own list shows it.
 */
import {
  parseActionApiId,
  type ActionListQuery,
  type ActionView,
  type CaseActions,
} from "../../shared/api/actions.js";
import { caseActionSummary } from "../../shared/api/caseActionSummary.js";
import { daysBetween } from "../../shared/domain/dates.js";
import type { Principal } from "../auth/principal.js";
import { notFound } from "../errors.js";
import { canViewActions, isResponsibleFor } from "../policies/actionPolicy.js";
import { presentAction } from "../presenters/actionPresenter.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";
import type { IndexedAction } from "./indexedAction.js";

/** What listing needs. */
export interface ActionListDeps {
  store: Store;
  index: ActionIndexRepository;
}

/** True when the indexed action passes the query's filters on the action itself. */
function matchesAction(
  action: IndexedAction,
  query: ActionListQuery,
  principal: Principal,
): boolean {
  if (action.removedAt !== null && !query.includeRemoved) return false;
  if (query.assignee === "me" && !isResponsibleFor(principal, action)) return false;
  if (query.organisationId !== undefined && action.organisationId !== query.organisationId) {
    return false;
  }
  if (
    query.scope === "mine" &&
    !isResponsibleFor(principal, action) &&
    action.organisationId !== principal.organisationId
  ) {
    return false;
  }
  if (query.onvolledig && !action.onvolledig) return false;
  return true;
}

/** True when the presented action passes the filters on derived values (status, dates). */
function matchesView(view: ActionView, query: ActionListQuery, today: string): boolean {
  if (query.status.length > 0 && !query.status.some((s) => s === view.effectiveStatus)) {
    return false;
  }
  if (query.overdue && view.effectiveStatus !== "te_laat") return false;
  if (query.dueWithinDays !== undefined) {
    const finished = view.status === "afgerond" || view.status === "vervallen";
    const days = view.dueDate === null ? null : daysBetween(today, view.dueDate);
    if (finished || days === null || days < 0 || days > query.dueWithinDays) return false;
  }
  return true;
}

/** A query without filters that also returns removed actions. */
const EVERY_ACTION: ActionListQuery = {
  status: [],
  overdue: false,
  onvolledig: false,
  includeRemoved: true,
};

/** Highest score first; then the earliest due date; then plan order. */
export function byAttention(a: ActionView, b: ActionView): number {
  return (
    b.score.score - a.score.score ||
    (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
    a.id.localeCompare(b.id)
  );
}

function presentCase(
  deps: ActionListDeps,
  c: CaseRecord,
  principal: Principal,
  query: ActionListQuery,
  today: string,
): ActionView[] {
  const scores = deps.index.leefgebiedScoresOf(c.id);
  return deps.index
    .actionsOf(c.id)
    .filter((action) => matchesAction(action, query, principal))
    .map((action) => presentAction(deps.store, c, scores, action, principal, today))
    .filter((view) => matchesView(view, query, today));
}

/** `GET /api/actions`: the visible actions that match `query`, most urgent first. */
export function listVisibleActions(
  deps: ActionListDeps,
  principal: Principal,
  query: ActionListQuery,
  today: string,
): ActionView[] {
  const cases =
    query.caseId === undefined
      ? deps.store.cases.list().filter((c) => c.phase !== "gesloten")
      : [deps.store.cases.get(query.caseId)].filter((c) => c !== undefined);
  return cases
    .filter((c) => canViewActions(principal, c))
    .flatMap((c) => presentCase(deps, c, principal, query, today))
    .sort(byAttention);
}

/**
 * The case `query` narrows the list to when it exists but its actions are not the principal's to
 * see: the list answers nothing, as for an unknown case, and the route audits it as refused.
 */
export function refusedCaseFilter(
  store: Store,
  principal: Principal,
  query: ActionListQuery,
): string | undefined {
  const c = query.caseId === undefined ? undefined : store.cases.get(query.caseId);
  return c !== undefined && !canViewActions(principal, c) ? c.id : undefined;
}

/** The case, or 404 for unknown cases and for cases whose actions the principal may not see. */
export function findCaseForActions(store: Store, principal: Principal, caseId: string): CaseRecord {
  const found = store.cases.get(caseId);
  if (!found || !canViewActions(principal, found)) throw notFound();
  return found;
}

/**
 * The action with API id `apiId` and its case, also one deleted from the plan since; 404 for an
 * unknown id and for an action of a case whose actions the principal may not see.
 */
export function findVisibleAction(
  deps: ActionListDeps,
  principal: Principal,
  apiId: string,
): { case: CaseRecord; action: IndexedAction } {
  const ids = parseActionApiId(apiId);
  const found = ids ? findCaseForActions(deps.store, principal, ids.caseId) : undefined;
  const action = ids && found ? deps.index.get(found.id, ids.key) : undefined;
  if (!found || !action) throw notFound();
  return { case: found, action };
}

/** `GET /api/cases/:id/actions`: all of a case's actions, its progress and who is behind. */
export function caseActionOverview(
  deps: ActionListDeps,
  principal: Principal,
  caseId: string,
  today: string,
): CaseActions {
  const c = findCaseForActions(deps.store, principal, caseId);
  const all = presentCase(deps, c, principal, EVERY_ACTION, today);
  const live = all.filter((view) => view.removed === null);
  return {
    caseId: c.id,
    caseTitle: c.title,
    actions: [...live.sort(byAttention), ...all.filter((view) => view.removed !== null)],
    ...caseActionSummary(all),
  };
}
