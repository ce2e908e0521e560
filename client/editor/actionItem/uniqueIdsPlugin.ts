/**
 * Keeps action item ids unique as the document changes (see actionIds.ts for the rules). It runs
 * after local transactions only: the client that made a copy fixes it, and remote changes are
 * left as they arrive, so two clients never race to rename the same node.
 */
import { combineTransactionSteps, getChangedRanges } from "@tiptap/core";
import { isChangeOrigin } from "@tiptap/extension-collaboration";
import type { Node as PmNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { ACTION_ITEM_ATTRS, ACTION_ITEM_NODE } from "../../../shared/docs/actionItemNode.js";
import { actionIdFixes, newActionId, type ActionOccurrence } from "./actionIds.js";

/** The plugin's key, for tests and debugging. */
export const uniqueActionIdsKey = new PluginKey("uniqueActionIds");

/** True when a transaction pasted content (a drop that moves a node within the plan does not). */
function isPaste(tr: Transaction): boolean {
  return tr.getMeta("uiEvent") === "paste";
}

/** True when a transaction cut content to the clipboard. */
function isCut(tr: Transaction): boolean {
  return tr.getMeta("uiEvent") === "cut";
}

/** The ids of the action items in a document. */
function actionIdsIn(doc: PmNode): Set<string> {
  const found = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name !== ACTION_ITEM_NODE) return true;
    const id: unknown = node.attrs[ACTION_ITEM_ATTRS.id];
    if (typeof id === "string" && id !== "") found.add(id);
    return false;
  });
  return found;
}

/**
 * The plugin that gives new, pasted and duplicated action items a fresh id. An action cut from
 * this plan and pasted back into it is the same action moved (its status, progress notes and
 * history stay with it): the ids the latest cut took out are kept by their first paste.
 */
export function uniqueActionIdsPlugin(): Plugin {
  let cut = new Set<string>();
  return new Plugin({
    key: uniqueActionIdsKey,
    appendTransaction(transactions, oldState, newState) {
      const local = transactions.filter((tr) => tr.docChanged && !isChangeOrigin(tr));
      if (local.length === 0) return null;
      if (local.some(isCut)) {
        const left = actionIdsIn(newState.doc);
        cut = new Set([...actionIdsIn(oldState.doc)].filter((id) => !left.has(id)));
      }
      const transform = combineTransactionSteps(oldState.doc, [...transactions]);
      const ranges = getChangedRanges(transform).map((r) => r.newRange);
      const pasted = local.some(isPaste);
      const occurrences: ActionOccurrence[] = [];
      const movedBack = new Set<string>();
      newState.doc.descendants((node: PmNode, pos: number) => {
        if (node.type.name !== ACTION_ITEM_NODE) return true;
        const inserted = ranges.some((r) => pos >= r.from && pos < r.to);
        const attr: unknown = node.attrs[ACTION_ITEM_ATTRS.id];
        const id = typeof attr === "string" ? attr : null;
        const moved = pasted && inserted && id !== null && cut.has(id);
        if (moved) movedBack.add(id);
        occurrences.push({ pos, id, inserted, pasted: pasted && inserted && !moved });
        return false;
      });
      // A second paste of the same clipboard is a copy.
      for (const id of movedBack) cut.delete(id);
      const fixes = actionIdFixes(occurrences, newActionId);
      if (fixes.length === 0) return null;
      const tr = newState.tr;
      for (const fix of fixes) tr.setNodeAttribute(fix.pos, ACTION_ITEM_ATTRS.id, fix.id);
      return tr;
    },
  });
}
