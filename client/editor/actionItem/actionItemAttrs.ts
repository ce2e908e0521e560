/**
 * Sets attributes of an action item found by its id. A node view's own `updateAttributes` finds
 * the node through the view, which Tiptap tears down before the view's fields unmount when the
 * editor goes away; a field writing its last draft then still finds the action by id.
 */
import type { Transaction } from "@tiptap/pm/state";
import { ACTION_ITEM_ATTRS, ACTION_ITEM_NODE } from "../../../shared/docs/actionItemNode.js";

/** Attribute values to set; null removes the attribute. */
export type ActionItemAttrPatch = Record<string, string | null>;

/**
 * Adds setting `patch` on the action item with `actionId` to `tr`; false (and `tr` unchanged)
 * when the plan holds no such action any more.
 */
export function setActionItemAttrs(
  tr: Transaction,
  actionId: string,
  patch: ActionItemAttrPatch,
): boolean {
  let at: number | null = null;
  tr.doc.descendants((node, pos) => {
    if (at !== null) return false;
    if (node.type.name !== ACTION_ITEM_NODE) return true;
    if (node.attrs[ACTION_ITEM_ATTRS.id] === actionId) at = pos;
    // Action items hold only inline text: nothing inside them to search.
    return false;
  });
  const node = at === null ? null : tr.doc.nodeAt(at);
  if (at === null || node === null) return false;
  tr.setNodeMarkup(at, undefined, { ...node.attrs, ...patch });
  return true;
}
