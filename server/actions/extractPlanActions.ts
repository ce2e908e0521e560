/**
 * The heart of action extraction: given a case's previous index entries and the action items
 * just read from its plan document, computes the new entries and what changed. Pure, so the
 * extension, the status command and the property test all run the very same rule.
 *
 * - An item is matched by its node id. A node without an id, or with an id an earlier node in the
 *   plan already has, gets a position key (`#<position>`) and stays `onvolledig`: it is indexed,
 *   but it cannot be tracked across moves until the editor gives it its own id.
 * - An entry whose node is gone is kept as `verwijderd uit plan` with who and when; an undo that
 *   brings the node back restores it. Position-keyed entries are dropped when their node is gone:
 *   their key never identified an action, only a place in the plan.
 */
import type { PlanActionItem } from "../../shared/docs/planDoc.js";
import { actionFieldsOf, type ActionFields, type IndexedAction } from "./indexedAction.js";

/** Who made the change being extracted, and when. */
export interface ExtractionStamp {
  caseId: string;
  /** ISO timestamp. */
  at: string;
  /** User ids of the editors (empty for server-side changes without a known user). */
  by: string[];
}

/** What happened to one action in an extraction, for the audit trail. */
export interface ActionIndexChange {
  key: string;
  what: "toegevoegd" | "gewijzigd" | "verwijderd" | "teruggezet";
  /** Names of the fields that changed (never their values: they may be personal data). */
  fields: (keyof ActionFields)[];
}

/** The outcome of one extraction. */
export interface ExtractionResult {
  actions: IndexedAction[];
  changes: ActionIndexChange[];
  /** True when `actions` differs from the previous entries in any way (also only in order). */
  dirty: boolean;
}

const POSITION_KEY_PREFIX = "#";

/** True for a key that stands for a place in the plan, not for an action's own id. */
export function isPositionKey(key: string): boolean {
  return key.startsWith(POSITION_KEY_PREFIX);
}

/** Field names whose values differ between two actions. */
function changedFields(a: ActionFields, b: ActionFields): (keyof ActionFields)[] {
  const fa = actionFieldsOf(a);
  const fb = actionFieldsOf(b);
  return (Object.keys(fa) as (keyof ActionFields)[]).filter(
    (name) => JSON.stringify(fa[name]) !== JSON.stringify(fb[name]),
  );
}

/** Gives every read item its index key: its own id when usable, else a unique position key. */
function keysOf(items: readonly PlanActionItem[]): { key: string; nodeId: string | null }[] {
  const used = new Set<string>();
  return items.map((item, position) => {
    if (item.id !== null && !used.has(item.id) && !isPositionKey(item.id)) {
      used.add(item.id);
      return { key: item.id, nodeId: item.id };
    }
    let key = `${POSITION_KEY_PREFIX}${position}`;
    while (used.has(key)) key += "'";
    used.add(key);
    return { key, nodeId: null };
  });
}

/** Computes a case's index entries from the plan's items; `previous` is never modified. */
export function extractPlanActions(
  previous: readonly IndexedAction[],
  items: readonly PlanActionItem[],
  stamp: ExtractionStamp,
): ExtractionResult {
  const before = new Map(previous.map((action) => [action.key, action]));
  const seen = new Set<string>();
  const changes: ActionIndexChange[] = [];
  let dirty = false;
  const keys = keysOf(items);

  const live = items.map((item, position): IndexedAction => {
    const { key, nodeId } = keys[position] ?? { key: `#${position}`, nodeId: null };
    seen.add(key);
    const fields = actionFieldsOf(item);
    const old = before.get(key);
    if (!old) {
      dirty = true;
      changes.push({ key, what: "toegevoegd", fields: [] });
      return {
        ...fields,
        key,
        nodeId,
        caseId: stamp.caseId,
        position,
        firstSeenAt: stamp.at,
        lastChangedAt: stamp.at,
        lastChangedBy: [...stamp.by],
        removedAt: null,
        removedBy: [],
        overdueSignalledFor: null,
      };
    }
    const differs = changedFields(old, fields);
    const restored = old.removedAt !== null;
    if (differs.length === 0 && !restored) {
      if (old.position === position && old.nodeId === nodeId) return old;
      dirty = true;
      return { ...old, position, nodeId };
    }
    dirty = true;
    changes.push({ key, what: restored ? "teruggezet" : "gewijzigd", fields: differs });
    return {
      ...old,
      ...fields,
      nodeId,
      position,
      lastChangedAt: stamp.at,
      lastChangedBy: [...stamp.by],
      removedAt: null,
      removedBy: [],
    };
  });

  const gone: IndexedAction[] = [];
  for (const old of previous) {
    if (seen.has(old.key)) continue;
    if (isPositionKey(old.key)) {
      dirty = true;
      continue;
    }
    if (old.removedAt !== null) {
      gone.push(old);
      continue;
    }
    dirty = true;
    changes.push({ key: old.key, what: "verwijderd", fields: [] });
    gone.push({ ...old, nodeId: null, removedAt: stamp.at, removedBy: [...stamp.by] });
  }
  return { actions: [...live, ...gone], changes, dirty };
}
