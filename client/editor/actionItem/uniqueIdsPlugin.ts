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

/** The plugin that gives new, pasted and duplicated action items a fresh id. */
export function uniqueActionIdsPlugin(): Plugin {
  return new Plugin({
    key: uniqueActionIdsKey,
    appendTransaction(transactions, oldState, newState) {
      const local = transactions.filter((tr) => tr.docChanged && !isChangeOrigin(tr));
      if (local.length === 0) return null;
      const transform = combineTransactionSteps(oldState.doc, [...transactions]);
      const ranges = getChangedRanges(transform).map((r) => r.newRange);
      const pasted = local.some(isPaste);
      const occurrences: ActionOccurrence[] = [];
      newState.doc.descendants((node: PmNode, pos: number) => {
        if (node.type.name !== ACTION_ITEM_NODE) return true;
        const inserted = ranges.some((r) => pos >= r.from && pos < r.to);
        const id: unknown = node.attrs[ACTION_ITEM_ATTRS.id];
        occurrences.push({
          pos,
          id: typeof id === "string" ? id : null,
          inserted,
          pasted: pasted && inserted,
        });
        return false;
      });
      const fixes = actionIdFixes(occurrences, newActionId);
      if (fixes.length === 0) return null;
      const tr = newState.tr;
      for (const fix of fixes) tr.setNodeAttribute(fix.pos, ACTION_ITEM_ATTRS.id, fix.id);
      return tr;
    },
  });
}
