/**
 * What leaves the server about an action: its fields from the plan, who is behind it by name
 * (resolved here, never stored in the index), how many progress notes it has and the newest, its
 * derived status and score, and whether the caller may change it. Only for actions of cases the
 * caller may see (the caller checks).
 */
import type { ActionView, ProgressNoteView } from "../../shared/api/actions.js";
import { actionApiId } from "../../shared/api/actions.js";
import { effectiveActionStatus, parseResponsible } from "../../shared/domain/action.js";
import { UNKNOWN_USER_NAME } from "../../shared/domain/user.js";
import type { Principal } from "../auth/principal.js";
import { actionCaseContext, scoreIndexedAction } from "../actions/actionScoring.js";
import type { IndexedAction, LeefgebiedScores } from "../actions/indexedAction.js";
import { accountMaySeeActions, canChangeAction } from "../policies/actionPolicy.js";
import type { ActionProgressRecord, CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** One progress note with its writer by name. */
export function presentProgressNote(store: Store, note: ActionProgressRecord): ProgressNoteView {
  return {
    at: note.at,
    by: {
      userId: note.by,
      displayName: store.users.get(note.by)?.displayName ?? UNKNOWN_USER_NAME,
    },
    text: note.text,
  };
}

/** Presents one indexed action for `principal` on `today` (yyyy-mm-dd). */
export function presentAction(
  store: Store,
  c: CaseRecord,
  scores: LeefgebiedScores,
  action: IndexedAction,
  principal: Principal,
  today: string,
): ActionView {
  // An id whose account is gone still reads as a name, also in "wie loopt achter".
  const person = (userId: string) => ({
    userId,
    displayName: store.users.get(userId)?.displayName ?? UNKNOWN_USER_NAME,
  });
  // What the server enforces for a responsible person (`mayBeResponsible`).
  const isActive = (userId: string) => accountMaySeeActions(store.users.get(userId), c);
  const responsible = action.responsible === null ? null : parseResponsible(action.responsible);
  const removed = action.removedAt !== null;
  // Lists carry the count and the newest note; the notes themselves are loaded when asked for.
  const notes = store.progress.of(action.caseId, action.key);
  const latest = notes.at(-1);
  return {
    id: actionApiId(action.caseId, action.key),
    caseId: action.caseId,
    caseTitle: c.title,
    text: action.text,
    organisationId: action.organisationId,
    organisationName:
      action.organisationId === null
        ? null
        : (store.organisations.get(action.organisationId)?.name ?? null),
    responsible:
      responsible === null
        ? null
        : responsible.type === "user"
          ? { type: "user", ...person(responsible.userId), active: isActive(responsible.userId) }
          : responsible,
    dueDate: action.dueDate,
    status: action.status,
    effectiveStatus:
      action.status === null
        ? null
        : action.dueDate === null
          ? action.status
          : effectiveActionStatus({ status: action.status, dueDate: action.dueDate }, today),
    kind: action.kind,
    leefgebied: action.leefgebied,
    completedAt: action.completedAt,
    completedBy: action.completedBy === null ? null : person(action.completedBy),
    vervallenReden: action.vervallenReden,
    progressCount: notes.length,
    lastProgress: latest === undefined ? null : presentProgressNote(store, latest),
    onvolledig: action.onvolledig,
    problems: action.problems,
    firstSeenAt: action.firstSeenAt,
    lastChangedAt: action.lastChangedAt,
    lastChangedBy: action.lastChangedBy.map(person),
    removed: removed ? { at: action.removedAt ?? "", by: action.removedBy.map(person) } : null,
    score: scoreIndexedAction(action, actionCaseContext(c, scores), today),
    mayChange: !removed && action.nodeId !== null && canChangeAction(principal, c, action),
  };
}
