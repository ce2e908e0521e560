/**
 * Changes an action (`PATCH /api/actions/:id`). Status is one truth: the change is made on the
 * action's node in the live plan document, in a server-side Yjs transaction, so every open editor
 * shows it at once; then the plan is extracted right away, the way every change is, so the answer
 * already reflects it. Concurrent changes from an editor meet in the Yjs document, where each
 * attribute converges to one value on every replica.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import type { ActionPatch } from "../../shared/api/actions.js";
import { parseActionApiId } from "../../shared/api/actions.js";
import {
  setActionStatus,
  updateActionItem,
  type ActionItemPatch,
} from "../../shared/docs/planDoc.js";
import { organisationFollowing } from "../../shared/domain/action.js";
import { caseDocName } from "../../shared/wire/docNames.js";
import type { Principal } from "../auth/principal.js";
import type { DocumentHandle } from "../collab/types.js";
import { badRequest, conflict, forbidden, notFound } from "../errors.js";
import { canChangeAction, canViewActions, mayBeResponsible } from "../policies/actionPolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { RecordAudit } from "./actionAudit.js";
import type { ActionExtractor } from "./actionExtractor.js";
import type { ActionIndexRepository } from "./actionIndexRepository.js";
import type { IndexedAction } from "./indexedAction.js";

/** What a change needs. */
export interface ActionChangeDeps {
  store: Store;
  index: ActionIndexRepository;
  extractor: ActionExtractor;
  openDocument(docName: string): Promise<DocumentHandle>;
  /** Audits a change made without the plan (a progress note). */
  recordAudit: RecordAudit;
  /** Announces a change made without the plan (a progress note) to the overleg screens. */
  actionsChanged(caseId: string): void;
  now(): Date;
}

/** The changed action and its case. */
export interface ChangedAction {
  case: CaseRecord;
  action: IndexedAction;
}

/**
 * One answer for an unknown, disabled or outside account, so that a refusal does not tell whether
 * an account exists.
 */
const RESPONSIBLE_OUTSIDE_CASE = invalidFieldMessage(
  "responsible",
  "deze persoon kan de acties van deze casus niet zien. Kies iemand uit het casusteam of vul een naam in.",
);

/**
 * The fields of `patch` that are not a status change, in the plan's attribute names. A person made
 * responsible brings their organisation along (`organisationFollowing`), as in the plan editor.
 */
function attributePatch(
  patch: ActionPatch,
  current: string | null,
  organisationOf: (userId: string) => string | undefined,
): ActionItemPatch {
  const attrs: ActionItemPatch = {};
  if (patch.dueDate !== undefined) attrs.dueDate = patch.dueDate;
  if (patch.responsible !== undefined) {
    attrs.responsible = patch.responsible;
    const moved = organisationFollowing(patch.responsible, current, organisationOf);
    if (moved !== null) attrs.organisationId = moved;
  }
  return attrs;
}

/** True when the patch would set the status the action already has (a repeated click). */
function isSameStatus(action: IndexedAction, patch: ActionPatch): boolean {
  if (patch.status !== action.status) return false;
  return patch.status !== "vervallen" || patch.vervallenReden === action.vervallenReden;
}

/**
 * The action with API id `apiId` and its case, when `principal` may change it: 404 for an action
 * of a case they cannot see (as for the case itself), 403 when they see it but may not change it,
 * 409 when the plan no longer holds it as an action of its own.
 */
export function changeableAction(
  deps: ActionChangeDeps,
  principal: Principal,
  apiId: string,
): ChangedAction & { nodeId: string } {
  const ids = parseActionApiId(apiId);
  const c = ids ? deps.store.cases.get(ids.caseId) : undefined;
  if (!ids || !c || !canViewActions(principal, c)) throw notFound();
  const action = deps.index.get(ids.caseId, ids.key);
  if (!action) throw notFound();
  if (!canChangeAction(principal, c, action)) throw forbidden();
  if (action.removedAt !== null || action.nodeId === null) {
    throw conflict("Deze actie staat niet (meer) als eigen actie in het plan van aanpak.");
  }
  return { case: c, action, nodeId: action.nodeId };
}

/**
 * Applies `patch` to the action with API id `apiId` on behalf of `principal`. `changed` is false
 * when the patch left the action as it was: then no change was audited, and the caller that
 * shows the action audits that as a read.
 */
export async function changeAction(
  deps: ActionChangeDeps,
  principal: Principal,
  apiId: string,
  patch: ActionPatch,
): Promise<ChangedAction & { changed: boolean }> {
  const { case: c, action, nodeId } = changeableAction(deps, principal, apiId);
  if (
    patch.responsible !== undefined &&
    !mayBeResponsible(patch.responsible, c, (userId) => deps.store.users.get(userId))
  ) {
    throw badRequest(RESPONSIBLE_OUTSIDE_CASE);
  }
  const at = deps.now().toISOString();
  const handle = await deps.openDocument(caseDocName(c.id, "plan"));
  let changed: boolean;
  try {
    let found = true;
    if (patch.status !== undefined && !isSameStatus(action, patch)) {
      const change = { status: patch.status, at, by: principal.userId };
      found = setActionStatus(
        handle.doc,
        nodeId,
        patch.vervallenReden ? { ...change, vervallenReden: patch.vervallenReden } : change,
      );
    }
    const attrs = attributePatch(
      patch,
      action.organisationId,
      (id) => deps.store.users.get(id)?.organisationId,
    );
    if (found && Object.keys(attrs).length > 0) {
      found = updateActionItem(handle.doc, nodeId, attrs);
    }
    if (!found) throw conflict("Deze actie staat niet meer in het plan van aanpak.");
    // Audited by the extraction, with the names of the fields that really changed.
    const { changes } = deps.extractor.extractPlan(c.id, handle.doc, [principal.userId], "api");
    changed = changes.some((change) => change.key === action.key);
  } finally {
    handle.release();
  }

  const updated = deps.index.get(c.id, action.key);
  if (!updated) throw notFound();
  return { case: c, action: updated, changed };
}
