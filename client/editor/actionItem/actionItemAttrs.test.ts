import { getSchema } from "@tiptap/core";
import type { Node as PmNode, Schema } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import StarterKit from "@tiptap/starter-kit";
import { describe, expect, it } from "vitest";
import { ACTION_ITEM_NODE } from "../../../shared/docs/actionItemNode.js";
import { ActionItemNode } from "./ActionItemNode.js";
import { setActionItemAttrs } from "./actionItemAttrs.js";

const schema: Schema = getSchema([StarterKit.configure({ undoRedo: false }), ActionItemNode]);

function action(attrs: Record<string, string | null>, text: string): PmNode {
  const type = schema.nodes[ACTION_ITEM_NODE];
  if (type === undefined) throw new Error("no action item node");
  return type.create(attrs, schema.text(text));
}

function stateOf(...children: PmNode[]): EditorState {
  return EditorState.create({ schema, doc: schema.node("doc", null, children) });
}

function attrsOf(state: EditorState): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  state.doc.descendants((node) => {
    if (node.type.name === ACTION_ITEM_NODE) found.push(node.attrs);
    return node.type.name !== ACTION_ITEM_NODE;
  });
  return found;
}

describe("setActionItemAttrs", () => {
  it("sets the attributes of the action with the given id and leaves the others alone", () => {
    const state = stateOf(
      schema.node("paragraph", null, [schema.text("Afspraken")]),
      action({ id: "act_a", responsible: "Noor Smit" }, "Huisbezoek"),
      action({ id: "act_b", status: "open" }, "Schuldhulp"),
    );
    const tr = state.tr;
    expect(setActionItemAttrs(tr, "act_b", { responsible: "Wijkteam", status: "vervallen" })).toBe(
      true,
    );
    const [first, second] = attrsOf(state.apply(tr));
    expect(first).toMatchObject({ id: "act_a", responsible: "Noor Smit" });
    expect(second).toMatchObject({ id: "act_b", responsible: "Wijkteam", status: "vervallen" });
  });

  it("changes nothing when the plan no longer holds the action", () => {
    const state = stateOf(action({ id: "act_a" }, "Huisbezoek"));
    const tr = state.tr;
    expect(setActionItemAttrs(tr, "act_weg", { responsible: "Wijkteam" })).toBe(false);
    expect(tr.docChanged).toBe(false);
  });
});
