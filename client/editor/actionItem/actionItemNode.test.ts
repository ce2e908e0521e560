import { getSchema } from "@tiptap/core";
import type { NodeType, Node as PmNode, Schema } from "@tiptap/pm/model";
import { EditorState, NodeSelection, TextSelection, type Selection } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ACTION_ITEM_ATTR_NAMES, ACTION_ITEM_NODE } from "../../../shared/docs/actionItemNode.js";
import { readActionItems } from "../../../shared/docs/planDoc.js";
import { PROSE_FIELD } from "../../../shared/docs/proseDoc.js";
import {
  ActionItemNode,
  actionInsertPlace,
  actionStart,
  newBulletAfterActions,
  placeActionItem,
  caretOf,
  leefgebiedAt,
  leefgebiedPosition,
} from "./ActionItemNode.js";
import { actionIdFixes } from "./actionIds.js";
import { uniqueActionIdsPlugin } from "./uniqueIdsPlugin.js";

const schema: Schema = getSchema([StarterKit.configure({ undoRedo: false }), ActionItemNode]);

function actionNodeType(): NodeType {
  const type = schema.nodes[ACTION_ITEM_NODE];
  if (type === undefined) throw new Error("no action item node");
  return type;
}

function action(attrs: Record<string, string | null>, text: string): PmNode {
  return actionNodeType().create(attrs, text === "" ? null : schema.text(text));
}

function doc(...children: PmNode[]): PmNode {
  return schema.node("doc", null, children);
}

function ids(node: PmNode): (string | null)[] {
  const found: (string | null)[] = [];
  node.descendants((child) => {
    if (child.type.name === ACTION_ITEM_NODE) found.push(child.attrs.id as string | null);
    return child.type.name !== ACTION_ITEM_NODE;
  });
  return found;
}

describe("the action item node", () => {
  it("has exactly the node name and attributes the shared document schema defines, all defaulting to null", () => {
    const type = schema.nodes[ACTION_ITEM_NODE];
    expect(type).toBeDefined();
    expect(Object.keys(type?.spec.attrs ?? {}).sort()).toEqual([...ACTION_ITEM_ATTR_NAMES].sort());
    const created = action({}, "");
    for (const name of ACTION_ITEM_ATTR_NAMES) expect(created.attrs[name]).toBeNull();
  });

  it("is a block with inline text that the shared plan reader reads back field for field", () => {
    const pm = doc(
      schema.node("paragraph", null, [schema.text("Afspraken")]),
      action(
        {
          id: "act_1",
          organisationId: "org_politie",
          responsible: "user:u1",
          dueDate: "2025-06-01",
          status: "open",
          kind: "straf",
          leefgebied: "justitie",
        },
        "Meldplicht controleren",
      ),
      action({ id: "act_2", status: null }, "Nog in te vullen"),
    );
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(pm, ydoc.getXmlFragment(PROSE_FIELD));
    const [complete, open] = readActionItems(ydoc).value;
    expect(complete?.item).toEqual({
      id: "act_1",
      text: "Meldplicht controleren",
      organisationId: "org_politie",
      responsible: "user:u1",
      dueDate: "2025-06-01",
      status: "open",
      kind: "straf",
      leefgebied: "justitie",
    });
    expect(open?.onvolledig).toBe(true);
    expect(open?.id).toBe("act_2");
    expect(open?.status).toBe("open");
  });
});

describe("where a new action goes", () => {
  const para = (text: string) =>
    schema.node("paragraph", null, text === "" ? [] : [schema.text(text)]);
  const item = (text: string) => schema.node("listItem", null, [para(text)]);
  const plan = doc(
    para("Afspraken per leefgebied"),
    schema.node("bulletList", null, [item("Financiën:"), item("Huisvesting:")]),
    para(""),
  );

  const actionType = actionNodeType();

  /** Where the text `text` ends (its first occurrence), or -1. */
  function endOf(text: string, pm: PmNode): number {
    let caret = -1;
    pm.descendants((node, pos) => {
      if (caret === -1 && node.isText && node.text?.includes(text)) {
        caret = pos + (node.text.indexOf(text) + text.length);
      }
    });
    return caret;
  }

  /** Inserts an action at the caret after the first occurrence of `text`; the plan's text order. */
  function insertAt(text: string, pm = plan): string[] {
    return insertFor(TextSelection.create(pm, endOf(text, pm)));
  }

  /** Inserts an action for `selection`; the text order of the result, lines in lists marked. */
  function insertFor(selection: Selection): string[] {
    const state = EditorState.create({ doc: selection.$from.doc, selection });
    const place = actionInsertPlace(state.selection, actionType);
    return textOrder(placeActionItem(state.tr, place, action({ id: "act_n" }, "Nieuw")).doc);
  }

  /** The text blocks of `pm` in order, lines in lists and actions marked. */
  function textOrder(pm: PmNode): string[] {
    const order: string[] = [];
    pm.descendants((node, _pos, parent) => {
      if (node.isTextblock) {
        const where = parent?.type.name === "listItem" ? "in lijst: " : "";
        order.push(
          `${where}${node.type.name === ACTION_ITEM_NODE ? "actie " : ""}${node.textContent}`,
        );
      }
      return true;
    });
    return order;
  }

  it("goes under the leefgebied where the caret is, inside its list item, not after the whole list", () => {
    expect(insertAt("Financiën")).toEqual([
      "Afspraken per leefgebied",
      "in lijst: Financiën:",
      "in lijst: actie Nieuw",
      "in lijst: Huisvesting:",
      "",
    ]);
  });

  it("goes after a top-level paragraph, and takes the place of an empty one", () => {
    expect(insertAt("Afspraken")).toEqual([
      "Afspraken per leefgebied",
      "actie Nieuw",
      "in lijst: Financiën:",
      "in lijst: Huisvesting:",
      "",
    ]);
    const empty = doc(para("Doelen"), para(""));
    const state = EditorState.create({ doc: empty, selection: TextSelection.create(empty, 9) });
    expect(actionInsertPlace(state.selection, actionType)).toEqual({ from: 8, to: 10 });
  });

  it("goes below the actions already under the caret's line, but right after the action holding the caret", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [
          para("Huisvesting:"),
          action({ id: "act_1" }, "Eerste"),
          action({ id: "act_2" }, "Tweede"),
        ]),
      ]),
    );
    expect(insertAt("Huisvesting", pm)).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Eerste",
      "in lijst: actie Tweede",
      "in lijst: actie Nieuw",
    ]);
    expect(insertAt("Eerste", pm)).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Eerste",
      "in lijst: actie Nieuw",
      "in lijst: actie Tweede",
    ]);
  });

  it("goes right after an action selected as a whole, inside its list item", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Financiën:"), action({ id: "act_1" }, "Budget")]),
        item("Huisvesting:"),
      ]),
    );
    const before = endOf("Financiën:", pm) + 1;
    expect(insertFor(NodeSelection.create(pm, before))).toEqual([
      "in lijst: Financiën:",
      "in lijst: actie Budget",
      "in lijst: actie Nieuw",
      "in lijst: Huisvesting:",
    ]);
  });

  it("goes below the actions of a line selected as a whole, as the caret in that line would", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Financiën:"), action({ id: "act_1" }, "Budget")]),
        item("Huisvesting:"),
      ]),
    );
    const line = NodeSelection.create(pm, 2);
    expect(line.node.textContent).toBe("Financiën:");
    expect(insertFor(line)).toEqual([
      "in lijst: Financiën:",
      "in lijst: actie Budget",
      "in lijst: actie Nieuw",
      "in lijst: Huisvesting:",
    ]);
  });

  it("goes under the last line of text selected over several lines, about that line's leefgebied", () => {
    const pm = doc(
      para("Afspraken per leefgebied"),
      schema.node("bulletList", null, [
        item("Financiën:"),
        schema.node("listItem", null, [para("Huisvesting:"), action({ id: "act_h" }, "Eerder")]),
      ]),
    );
    const selection = TextSelection.create(pm, 3, endOf("Huisvesting", pm));
    expect(insertFor(selection)).toEqual([
      "Afspraken per leefgebied",
      "in lijst: Financiën:",
      "in lijst: Huisvesting:",
      "in lijst: actie Eerder",
      "in lijst: actie Nieuw",
    ]);
    const place = actionInsertPlace(selection, actionType);
    expect(leefgebiedAt(leefgebiedPosition(caretOf(selection), place.from))).toBe("huisvesting");
  });

  it("goes under the line a selection ends in, not the next one when it ends at that line's start", () => {
    const pm = doc(schema.node("bulletList", null, [item("Financiën:"), item("Huisvesting:")]));
    const startOfHuisvesting = endOf("Financiën:", pm) + 4;
    expect(pm.resolve(startOfHuisvesting).parentOffset).toBe(0);
    const selection = TextSelection.create(pm, 3, startOfHuisvesting);
    expect(insertFor(selection)).toEqual([
      "in lijst: Financiën:",
      "in lijst: actie Nieuw",
      "in lijst: Huisvesting:",
    ]);
  });

  it("goes after the list of a selected list item, inside the item around that list", () => {
    const nested = schema.node("bulletList", null, [item("Schulden:")]);
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Financiën:"), nested]),
        item("Huisvesting:"),
      ]),
    );
    const selectedItem = endOf("Financiën:", pm) + 2;
    expect(pm.nodeAt(selectedItem)?.type.name).toBe("listItem");
    expect(insertFor(NodeSelection.create(pm, selectedItem))).toEqual([
      "in lijst: Financiën:",
      "in lijst: Schulden:",
      "in lijst: actie Nieuw",
      "in lijst: Huisvesting:",
    ]);
  });

  it("takes the place of an empty line in a list item, but never of the item's first line", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [
          para("Financiën:"),
          action({ id: "act_1" }, "Budget"),
          para(""),
        ]),
        item(""),
      ]),
    );
    const emptyAfterAction = endOf("Budget", pm) + 2;
    expect(insertFor(TextSelection.create(pm, emptyAfterAction))).toEqual([
      "in lijst: Financiën:",
      "in lijst: actie Budget",
      "in lijst: actie Nieuw",
      "in lijst: ",
    ]);
    // A fresh bullet gives way: its action ends the item above.
    const freshBullet = pm.content.size - 3;
    expect(insertFor(TextSelection.create(pm, freshBullet))).toEqual([
      "in lijst: Financiën:",
      "in lijst: actie Budget",
      "in lijst: ",
      "in lijst: actie Nieuw",
    ]);
  });

  it("lets a fresh bullet under a leefgebied give way: the action joins that item, under its actions and about its leefgebied", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Huisvesting:"), action({ id: "act_h" }, "Eerder")]),
        item(""),
        item("Financiën:"),
      ]),
    );
    const caret = endOf("Eerder", pm) + 4;
    expect(pm.resolve(caret).parent.content.size).toBe(0);
    expect(insertFor(TextSelection.create(pm, caret))).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Eerder",
      "in lijst: actie Nieuw",
      "in lijst: Financiën:",
    ]);
    const selection = TextSelection.create(pm, caret);
    const place = actionInsertPlace(selection, actionType);
    const at = actionStart(place) - 1;
    expect(leefgebiedAt(leefgebiedPosition(selection.$from, at))).toBe("huisvesting");
  });

  it("joins the leefgebied above a partner's fresh bullet and leaves that bullet, so the partner's action joins it too", () => {
    // A partner pressed Enter under "Huisvesting:" just before us: their fresh bullet sits between.
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Huisvesting:")]),
        item(""),
        item(""),
        item("Financiën:"),
      ]),
    );
    const ours = TextSelection.create(pm, endOf("Huisvesting:", pm) + 8);
    expect(ours.$from.index(ours.$from.depth - 2)).toBe(2);
    const state = EditorState.create({ doc: pm, selection: ours });
    const place = actionInsertPlace(state.selection, actionType);
    expect(leefgebiedAt(leefgebiedPosition(ours.$from, actionStart(place) - 1))).toBe(
      "huisvesting",
    );
    const afterOurs = placeActionItem(state.tr, place, action({ id: "act_a" }, "Onze")).doc;
    expect(textOrder(afterOurs)).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Onze",
      "in lijst: ",
      "in lijst: Financiën:",
    ]);
    // Then the partner adds theirs on their fresh bullet: it joins the same leefgebied.
    const theirs = TextSelection.create(afterOurs, endOf("Onze", afterOurs) + 4);
    expect(theirs.$from.parent.content.size).toBe(0);
    const second = EditorState.create({ doc: afterOurs, selection: theirs });
    const next = placeActionItem(
      second.tr,
      actionInsertPlace(second.selection, actionType),
      action({ id: "act_b" }, "Hunne"),
    ).doc;
    expect(textOrder(next)).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Onze",
      "in lijst: actie Hunne",
      "in lijst: Financiën:",
    ]);
  });

  it("lets a list's only fresh bullet give way with its list, also inside a leefgebied's item", () => {
    const top = doc(para("Afspraken"), schema.node("bulletList", null, [item("")]));
    expect(insertFor(TextSelection.create(top, top.content.size - 3))).toEqual([
      "Afspraken",
      "actie Nieuw",
    ]);
    const nested = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [
          para("Huisvesting:"),
          schema.node("bulletList", null, [item("")]),
        ]),
      ]),
    );
    expect(insertFor(TextSelection.create(nested, nested.content.size - 5))).toEqual([
      "in lijst: Huisvesting:",
      "in lijst: actie Nieuw",
    ]);
  });

  it("keeps the first of several fresh bullets, with the action below its line", () => {
    const pm = doc(schema.node("bulletList", null, [item(""), item("Twee")]));
    expect(insertFor(TextSelection.create(pm, 3))).toEqual([
      "in lijst: ",
      "in lijst: actie Nieuw",
      "in lijst: Twee",
    ]);
  });

  it("is about the leefgebied its list item names, wherever in that item the caret is", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Huisvesting:"), action({ id: "act_h" }, "Eerder")]),
        item("Gezondheid en middelengebruik:"),
      ]),
      para("Financiën"),
    );
    const at = (text: string) => {
      let pos = -1;
      pm.descendants((node, p) => {
        if (pos === -1 && node.isText && node.text === text) pos = p + 1;
      });
      return leefgebiedAt(pm.resolve(pos));
    };
    expect(at("Huisvesting:")).toBe("huisvesting");
    expect(at("Eerder")).toBe("huisvesting");
    expect(at("Gezondheid en middelengebruik:")).toBeNull();
    expect(at("Financiën")).toBe("financien");
  });

  it("is found by the plan reader when it sits inside a list item", () => {
    const pm = doc(
      schema.node("bulletList", null, [
        schema.node("listItem", null, [para("Financiën:"), action({ id: "act_l" }, "Budget")]),
      ]),
    );
    const ydoc = new Y.Doc();
    prosemirrorToYXmlFragment(pm, ydoc.getXmlFragment(PROSE_FIELD));
    expect(readActionItems(ydoc).value.map((a) => a.id)).toEqual(["act_l"]);
  });
});

describe("Enter at the end of a leefgebied's line", () => {
  const para = (text: string) =>
    schema.node("paragraph", null, text === "" ? [] : [schema.text(text)]);
  const justitie = schema.node("listItem", null, [
    para("Justitie:"),
    action({ id: "act_j" }, "Wijkagent bezoekt"),
  ]);
  const pm = doc(
    schema.node("bulletList", null, [justitie, schema.node("listItem", null, [para("Wonen:")])]),
  );

  it("starts a bullet after the line's actions, which stay with their leefgebied", () => {
    const caret = TextSelection.create(pm, 1 + 1 + 1 + "Justitie:".length);
    expect(caret.$from.parent.textContent).toBe("Justitie:");
    const tr = newBulletAfterActions(EditorState.create({ doc: pm, selection: caret }));
    const next = tr?.doc;
    const list = next?.firstChild;
    expect(list?.childCount).toBe(3);
    expect(list?.child(0).childCount).toBe(2);
    expect(list?.child(0).child(1).textContent).toBe("Wijkagent bezoekt");
    expect(list?.child(1).textContent).toBe("");
    // The caret waits on the new bullet's line.
    expect(tr?.selection.$from.parent.type.name).toBe("paragraph");
    expect(tr?.selection.$from.node(-1)).toBe(list?.child(1));
  });

  it("leaves Enter alone elsewhere: mid-line, on a line without actions, and in an action", () => {
    const state = (pos: number) =>
      EditorState.create({ doc: pm, selection: TextSelection.create(pm, pos) });
    expect(newBulletAfterActions(state(4))).toBeNull();
    const wonen = pm.content.size - 3;
    expect(pm.resolve(wonen).parent.textContent).toBe("Wonen:");
    expect(newBulletAfterActions(state(wonen))).toBeNull();
    const inAction = 3 + "Justitie:".length + 2 + 4;
    expect(pm.resolve(inAction).parent.type.name).toBe(ACTION_ITEM_NODE);
    expect(newBulletAfterActions(state(inAction))).toBeNull();
  });
});

describe("unique action ids after a change", () => {
  function stateWith(content: PmNode): EditorState {
    return EditorState.create({ schema, doc: content, plugins: [uniqueActionIdsPlugin()] });
  }

  it("gives a duplicated action a new id and leaves the original's id alone", () => {
    const original = action({ id: "act_keep" }, "Origineel");
    const state = stateWith(doc(original));
    const tr = state.tr.insert(0, action({ id: "act_keep" }, "Kopie"));
    const next = state.applyTransaction(tr).state;
    const [copyId, originalId] = ids(next.doc);
    expect(originalId).toBe("act_keep");
    expect(copyId).not.toBe("act_keep");
    expect(copyId).toMatch(/^act_[0-9a-f]{24}$/);
  });

  it("gives an action without an id a fresh one", () => {
    const state = stateWith(doc(schema.node("paragraph")));
    const next = state.applyTransaction(state.tr.insert(0, action({}, "Nieuw"))).state;
    expect(ids(next.doc)[0]).toMatch(/^act_/);
  });

  it("gives a pasted action a new id even when its id is not used in this plan", () => {
    const state = stateWith(doc(schema.node("paragraph")));
    const tr = state.tr.insert(0, action({ id: "act_elders" }, "Uit een ander plan"));
    tr.setMeta("uiEvent", "paste");
    const next = state.applyTransaction(tr).state;
    expect(ids(next.doc)[0]).not.toBe("act_elders");
  });

  it("keeps the id of an action cut from the plan and pasted back, as the same action moved; a second paste is a copy", () => {
    const state = stateWith(
      doc(
        schema.node("paragraph", null, [schema.text("Boven")]),
        action({ id: "act_move" }, "Verhuist"),
      ),
    );
    const at = state.doc.child(0).nodeSize;
    const cutTr = state.tr.delete(at, at + state.doc.child(1).nodeSize);
    cutTr.setMeta("uiEvent", "cut");
    const afterCut = state.applyTransaction(cutTr).state;
    expect(ids(afterCut.doc)).toEqual([]);

    const paste = (from: EditorState) => {
      const tr = from.tr.insert(0, action({ id: "act_move" }, "Verhuist"));
      tr.setMeta("uiEvent", "paste");
      return from.applyTransaction(tr).state;
    };
    const moved = paste(afterCut);
    expect(ids(moved.doc)).toEqual(["act_move"]);
    const copied = paste(moved);
    const [copyId, movedId] = ids(copied.doc);
    expect(movedId).toBe("act_move");
    expect(copyId).not.toBe("act_move");
  });

  it("gives a pasted action a new id when its id was not cut from this plan, even after a cut", () => {
    const state = stateWith(doc(action({ id: "act_here" }, "Hier"), schema.node("paragraph")));
    const cutTr = state.tr.delete(0, state.doc.child(0).nodeSize);
    cutTr.setMeta("uiEvent", "cut");
    const afterCut = state.applyTransaction(cutTr).state;
    const tr = afterCut.tr.insert(0, action({ id: "act_elders" }, "Uit een ander plan"));
    tr.setMeta("uiEvent", "paste");
    expect(ids(afterCut.applyTransaction(tr).state.doc)[0]).not.toBe("act_elders");
  });

  it("leaves ids alone when text inside an action changes", () => {
    const state = stateWith(doc(action({ id: "act_a" }, "Tekst")));
    const withCaret = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
    const next = withCaret.applyTransaction(withCaret.tr.insertText("x")).state;
    expect(ids(next.doc)).toEqual(["act_a"]);
  });
});

describe("actionIdFixes", () => {
  let counter = 0;
  const fresh = () => `new_${++counter}`;

  it("keeps the first of several new copies when none existed before", () => {
    const fixes = actionIdFixes(
      [
        { pos: 0, id: "a", inserted: true, pasted: false },
        { pos: 5, id: "a", inserted: true, pasted: false },
      ],
      fresh,
    );
    expect(fixes.map((f) => f.pos)).toEqual([5]);
  });

  it("changes nothing when every id is present and unique", () => {
    const fixes = actionIdFixes(
      [
        { pos: 0, id: "a", inserted: false, pasted: false },
        { pos: 5, id: "b", inserted: true, pasted: false },
      ],
      fresh,
    );
    expect(fixes).toEqual([]);
  });
});
