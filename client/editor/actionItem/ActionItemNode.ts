/**
 * The plan's action item as a Tiptap node: a block with inline text (the action) and one
 * attribute per field, named exactly as shared/docs/actionItemNode.ts defines them, so the Yjs
 * element is what the server's action extractor reads. Fields are edited in a React node view.
 */
import { mergeAttributes, Node } from "@tiptap/core";
import type { Node as PmNode, NodeType, ResolvedPos } from "@tiptap/pm/model";
import { Selection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { ReactNodeViewRenderer } from "@tiptap/react";
import {
  ACTION_ITEM_ATTR_NAMES,
  ACTION_ITEM_ATTRS,
  ACTION_ITEM_NODE,
} from "../../../shared/docs/actionItemNode.js";
import { leefgebiedNamedBy, type Leefgebied } from "../../../shared/domain/leefgebied.js";
import { newActionId } from "./actionIds.js";
import type { ActionItemContextSource } from "./actionItemContext.js";
import { ActionItemView } from "./ActionItemView.js";
import { uniqueActionIdsPlugin } from "./uniqueIdsPlugin.js";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    actionItem: {
      /** Inserts a new action item where `actionInsertPlace` says and puts the cursor in it. */
      insertActionItem: () => ReturnType;
    };
  }
}

/** Options of the node: what its fields may choose from, as it changes. */
export interface ActionItemOptions {
  context: ActionItemContextSource | null;
}

/** The keyboard shortcut that inserts an action item. */
export const INSERT_ACTION_SHORTCUT = "Mod-Shift-a";

/** "organisationId" → "data-organisation-id": HTML attribute names are case-insensitive. */
function dataAttribute(name: string): string {
  return `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Tiptap attribute specs: every field defaults to null and is absent from Yjs when null. */
function attributeSpecs() {
  return Object.fromEntries(
    ACTION_ITEM_ATTR_NAMES.map((name) => [
      name,
      {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute(dataAttribute(name)),
        renderHTML: (attrs: Record<string, unknown>) => {
          const value = attrs[name];
          return typeof value === "string" && value !== "" ? { [dataAttribute(name)]: value } : {};
        },
      },
    ]),
  );
}

/**
 * Where a selection's action is placed from: its start, or its last line when it spans lines (the
 * line before when the selection ends at the very start of a line, as a drag to the next line does).
 */
export function caretOf(selection: Selection): ResolvedPos {
  const { $from, $to } = selection;
  if ($from.sameParent($to)) return $from;
  if ($to.parent.isTextblock && $to.parentOffset === 0) {
    const before = Selection.findFrom($to.doc.resolve($to.before()), -1, true);
    if (before !== null && before.$from.pos > $from.pos) return before.$from;
  }
  return $to;
}

/**
 * Where a new action goes: it replaces the range `from`–`to` (`from === to`: nothing), or, with
 * `joinAt`, it goes there (the end of an earlier list item's content) while the range, a fresh
 * bullet, is removed on its own: two separate changes, so a partner's fresh bullet between the two
 * is neither taken along nor joined (`placeActionItem`).
 */
export interface ActionPlace {
  from: number;
  to: number;
  joinAt?: number;
}

/** Where the new action's own content starts once it is placed. */
export function actionStart(place: ActionPlace): number {
  return (place.joinAt ?? place.from) + 1;
}

/** Puts `node` where `place` says, in `tr`; see `ActionPlace`. */
export function placeActionItem(tr: Transaction, place: ActionPlace, node: PmNode): Transaction {
  if (place.joinAt === undefined) return tr.replaceWith(place.from, place.to, node);
  // `joinAt` lies before the fresh bullet, so removing the bullet first leaves it where it was.
  return tr.delete(place.from, place.to).insert(place.joinAt, node);
}

/**
 * Where a new action goes for a selection:
 * - an empty paragraph becomes the action (not the first line of a list item: that stays);
 * - a fresh bullet (a list item holding only an empty line, as Enter at the end of a bullet makes
 *   it) goes, and the action goes to the end of the nearest item above it that is no fresh bullet
 *   itself (a partner may be adding one there too), or takes the place of its list when it is the
 *   list's only item (see `freshBulletPlace`);
 * - else right after the text block holding the caret, at that block's own level, and after the
 *   actions that already follow that line: in "Afspraken per leefgebied" the caret in
 *   "Financiën:" gets its action inside that list item, under the leefgebied's earlier actions;
 *   the caret in an action gets the new one right after it; text selected over several lines
 *   counts as a caret in its last line;
 * - a selected block (an action clicked as a whole) gets it right after, a selected line (not an
 *   action) after the actions that follow it, as the caret in it would; else after the nearest
 *   enclosing block where an action fits (a selected list item: after its list).
 */
export function actionInsertPlace(selection: Selection, action: NodeType): ActionPlace {
  const { $to } = selection;
  const $from = caretOf(selection);
  if ($from.depth === 0) return { from: $to.pos, to: $to.pos };
  const block = $from.parent;
  if (!block.isTextblock) {
    // Right after the selection, or after the nearest enclosing block where an action fits.
    for (let depth = $to.depth; depth >= 0; depth--) {
      let at = depth === $to.depth ? $to.pos : $to.after(depth + 1);
      let index = depth === $to.depth ? $to.index(depth) : $to.indexAfter(depth);
      const parent = $to.node(depth);
      if (depth === $to.depth && $to.nodeBefore?.isTextblock && $to.nodeBefore.type !== action) {
        for (; index < parent.childCount && parent.child(index).type === action; index++) {
          at += parent.child(index).nodeSize;
        }
      }
      if (parent.canReplaceWith(index, index, action)) return { from: at, to: at };
    }
    // Not reached with the plan's schema (its document takes any block); a schema that does not
    // take actions at the top gets one after the selection's top-level block.
    const after = $from.after(1);
    return { from: after, to: after };
  }
  const container = $from.node($from.depth - 1);
  const index = $from.index($from.depth - 1);
  const firstLineOfItem = container.type.name === "listItem" && index === 0;
  if (block.type.name === "paragraph" && block.content.size === 0) {
    if (!firstLineOfItem) return { from: $from.before(), to: $from.after() };
    const fresh = container.childCount === 1 ? freshBulletPlace($from, action) : null;
    if (fresh) return fresh;
  }
  let after = $from.after();
  if (block.type !== action) {
    for (let next = index + 1; next < container.childCount; next++) {
      const sibling = container.child(next);
      if (sibling.type !== action) break;
      after += sibling.nodeSize;
    }
  }
  return { from: after, to: after };
}

/** True for a list item holding only an empty line, as Enter at the end of a bullet makes it. */
function isFreshBullet(item: PmNode): boolean {
  return (
    item.childCount === 1 && item.firstChild?.type.name === "paragraph" && item.textContent === ""
  );
}

/**
 * The place of an action typed on a fresh bullet (`$from` in its empty line): the bullet goes, and
 * the action ends the nearest list item above it that is no fresh bullet, where a leefgebied's
 * actions sit ("Huisvesting:" and its actions); a bullet that is its list's only item gives way
 * with its list, where the list's parent takes an action. Null for the first of several bullets
 * (or one under fresh bullets only): it stays, the action below it.
 */
function freshBulletPlace($from: ResolvedPos, action: NodeType): ActionPlace | null {
  const itemDepth = $from.depth - 1;
  const listDepth = itemDepth - 1;
  const list = $from.node(listDepth);
  const index = $from.index(listDepth);
  if (index > 0) {
    for (let above = index - 1; above >= 0; above--) {
      const item = list.child(above);
      if (isFreshBullet(item)) continue;
      // The end of that item's content: the position before its closing token.
      const joinAt = $from.posAtIndex(above, listDepth) + item.nodeSize - 1;
      return { from: $from.before(itemDepth), to: $from.after(itemDepth), joinAt };
    }
    return null;
  }
  if (list.childCount !== 1) return null;
  const parent = $from.node(listDepth - 1);
  const at = $from.index(listDepth - 1);
  if (!parent.canReplaceWith(at, at + 1, action)) return null;
  return { from: $from.before(listDepth), to: $from.after(listDepth) };
}

/**
 * The leefgebied a new action at `$from` is about: the one its list item's first line names
 * ("Huisvesting:" in "Afspraken per leefgebied", wherever in that item the caret is), else the one
 * the caret's own line names; null when neither names exactly one.
 */
export function leefgebiedAt($from: ResolvedPos): Leefgebied | null {
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === "listItem") return leefgebiedNamedBy(node.firstChild?.textContent ?? "");
  }
  return $from.parent.isTextblock ? leefgebiedNamedBy($from.parent.textContent) : null;
}

/**
 * Where a new action's leefgebied is read: in a list, the item the action lands in (a fresh
 * bullet's action joins the item above it); elsewhere the caret's own line.
 */
export function leefgebiedPosition($caret: ResolvedPos, insertAt: number): ResolvedPos {
  for (let depth = $caret.depth; depth > 0; depth--) {
    if ($caret.node(depth).type.name === "listItem") return $caret.doc.resolve(insertAt);
  }
  return $caret;
}

/**
 * Enter at the end of a list item's first line that has actions below it ("Justitie:" and its
 * actions) starts a new bullet after the whole item, where the default would split the item and
 * carry its actions into the new bullet: they would leave their leefgebied, and a partner typing
 * in one of them would lose their caret (a carried node is a new node). Null elsewhere: the
 * default applies.
 */
export function newBulletAfterActions(state: EditorState): Transaction | null {
  const { selection } = state;
  const { $from } = selection;
  if (!selection.empty || $from.depth < 2 || $from.parent.type.name !== "paragraph") return null;
  if ($from.parentOffset !== $from.parent.content.size) return null;
  const item = $from.node(-1);
  if (item.type.name !== "listItem" || $from.index(-1) !== 0) return null;
  if (item.childCount < 2 || item.child(1).type.name !== ACTION_ITEM_NODE) return null;
  const paragraph = state.schema.nodes.paragraph;
  if (paragraph === undefined) return null;
  const after = $from.after(-1);
  const tr = state.tr.insert(after, item.type.create(null, paragraph.create()));
  // Inside the new item's line: past the item's and the paragraph's opening tokens.
  return tr.setSelection(TextSelection.create(tr.doc, after + 2)).scrollIntoView();
}

/** The action item node. */
export const ActionItemNode = Node.create<ActionItemOptions>({
  name: ACTION_ITEM_NODE,
  group: "block",
  content: "inline*",
  defining: true,

  addOptions() {
    return { context: null };
  },

  addAttributes() {
    return attributeSpecs();
  },

  parseHTML() {
    return [{ tag: 'div[data-type="action-item"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["div", mergeAttributes({ "data-type": "action-item" }, HTMLAttributes), 0];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ActionItemView);
  },

  addCommands() {
    return {
      insertActionItem:
        () =>
        ({ state, tr, dispatch }) => {
          const type = state.schema.nodes[ACTION_ITEM_NODE];
          if (type === undefined) return false;
          const place = actionInsertPlace(state.selection, type);
          const at = actionStart(place) - 1;
          const named = leefgebiedAt(leefgebiedPosition(caretOf(state.selection), at));
          const node = type.create({
            [ACTION_ITEM_ATTRS.id]: newActionId(),
            [ACTION_ITEM_ATTRS.status]: "open",
            ...(named === null ? {} : { [ACTION_ITEM_ATTRS.leefgebied]: named }),
          });
          placeActionItem(tr, place, node);
          if (dispatch) {
            dispatch(
              tr.setSelection(TextSelection.create(tr.doc, actionStart(place))).scrollIntoView(),
            );
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      [INSERT_ACTION_SHORTCUT]: () => this.editor.commands.insertActionItem(),
      // Enter leaves the action for a new paragraph below it; Shift-Enter still breaks the line.
      // At the end of a leefgebied's line with actions, it starts a bullet after them.
      Enter: () => {
        const { state, view } = this.editor;
        const { $from } = state.selection;
        const bullet = newBulletAfterActions(state);
        if (bullet !== null) {
          view.dispatch(bullet);
          return true;
        }
        if ($from.parent.type.name !== ACTION_ITEM_NODE) return false;
        const paragraph = state.schema.nodes.paragraph;
        if (paragraph === undefined) return false;
        const after = $from.after();
        const tr = state.tr.insert(after, paragraph.create());
        view.dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    return [uniqueActionIdsPlugin()];
  },
});
