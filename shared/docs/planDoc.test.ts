import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { getSchema, Node } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { buildActionItem } from "../triage/testFactories.js";
import { ACTION_ITEM_ATTR_NAMES, ACTION_ITEM_ATTRS, ACTION_ITEM_NODE } from "./actionItemNode.js";
import {
  ensureUniqueActionIds,
  insertActionItem,
  readActionItems,
  setActionStatus,
  updateActionItem,
} from "./planDoc.js";
import { PROSE_FIELD, readProseText } from "./proseDoc.js";

/** An action item element with the given attributes and text, as a client might leave it. */
function rawAction(attrs: Record<string, string>, text: string): Y.XmlElement {
  const element = new Y.XmlElement(ACTION_ITEM_NODE);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

describe("plan document: action items", () => {
  it("reads back a complete action item written by insertActionItem", () => {
    const doc = new Y.Doc();
    const action = buildActionItem({ leefgebied: "huisvesting" });
    insertActionItem(doc, action);
    const { value, problems } = readActionItems(doc);
    expect(problems).toEqual([]);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({ onvolledig: false, problems: [], item: action });
  });

  it("finds action items nested in lists and reads their formatted text", () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(PROSE_FIELD);
    const list = new Y.XmlElement("bulletList");
    const listItem = new Y.XmlElement("listItem");
    fragment.insert(0, [list]);
    list.insert(0, [listItem]);
    const action = rawAction(
      { id: "a1", organisationId: "o1", responsible: "Demo", dueDate: "2025-04-01", kind: "zorg" },
      "",
    );
    listItem.insert(0, [action]);
    const text = action.get(0) as Y.XmlText;
    text.insert(0, "Plan ");
    text.insert(5, "maken", { bold: true });
    const [read] = readActionItems(doc).value;
    expect(read).toMatchObject({ id: "a1", text: "Plan maken", status: "open", onvolledig: false });
  });

  it("returns an incomplete item with every reason instead of dropping it", () => {
    const doc = new Y.Doc();
    doc
      .getXmlFragment(PROSE_FIELD)
      .insert(0, [rawAction({ dueDate: "2025-02-30", status: "bezig", leefgebied: "maan" }, "  ")]);
    const { value, problems } = readActionItems(doc);
    expect(value).toHaveLength(1);
    expect(value[0]?.onvolledig).toBe(true);
    expect(value[0]?.item).toBeNull();
    expect(value[0]?.problems).toEqual([
      "Actie heeft geen id.",
      "Actie heeft geen omschrijving.",
      "Geen uitvoerende organisatie gekozen.",
      "Geen verantwoordelijke genoemd.",
      "Deadline is geen geldige datum.",
      "Status is onbekend.",
      "Niet aangegeven of dit zorg of straf, dwang en drang is.",
      "Leefgebied is onbekend.",
    ]);
    expect(problems).toHaveLength(1);
  });

  it("flags a duplicated id and repairs it with ensureUniqueActionIds", () => {
    const doc = new Y.Doc();
    insertActionItem(doc, buildActionItem({ id: "same" }));
    insertActionItem(doc, buildActionItem({ id: "same" }));
    expect(readActionItems(doc).value.map((a) => a.onvolledig)).toEqual([false, true]);
    let n = 0;
    expect(ensureUniqueActionIds(doc, () => `nieuw-${++n}`)).toBe(1);
    expect(readActionItems(doc).value.map((a) => a.id)).toEqual(["same", "nieuw-1"]);
  });

  it("records who completed an action and when, and clears it when reopened", () => {
    const doc = new Y.Doc();
    insertActionItem(doc, buildActionItem({ id: "a1" }));
    const at = "2025-03-05T12:00:00.000Z";
    expect(setActionStatus(doc, "a1", { status: "afgerond", by: "u-9", at })).toBe(true);
    expect(readActionItems(doc).value[0]?.item).toMatchObject({
      status: "afgerond",
      completedAt: at,
      completedBy: "u-9",
    });
    setActionStatus(doc, "a1", { status: "in_uitvoering", by: "u-9", at });
    const reopened = readActionItems(doc).value[0];
    expect(reopened).toMatchObject({
      status: "in_uitvoering",
      completedAt: null,
      completedBy: null,
    });
  });

  it("requires a reason for a lapsed action", () => {
    const doc = new Y.Doc();
    insertActionItem(doc, buildActionItem({ id: "a1" }));
    const at = "2025-03-05T12:00:00.000Z";
    setActionStatus(doc, "a1", { status: "vervallen", by: "u-9", at });
    expect(readActionItems(doc).value[0]?.problems).toEqual(["Vervallen zonder reden."]);
    setActionStatus(doc, "a1", { status: "vervallen", by: "u-9", at, vervallenReden: "Verhuisd" });
    expect(readActionItems(doc).value[0]?.item?.vervallenReden).toBe("Verhuisd");
  });

  it("updates attributes and reports an unknown id", () => {
    const doc = new Y.Doc();
    insertActionItem(doc, buildActionItem({ id: "a1" }));
    expect(updateActionItem(doc, "a1", { kind: "straf", dueDate: "2025-05-01" })).toBe(true);
    expect(updateActionItem(doc, "bestaat-niet", { kind: "zorg" })).toBe(false);
    expect(setActionStatus(doc, "bestaat-niet", { status: "open", by: "u", at: "x" })).toBe(false);
    expect(readActionItems(doc).value[0]?.item).toMatchObject({
      kind: "straf",
      dueDate: "2025-05-01",
    });
  });

  it("reads action items exactly as a Tiptap editor with collaboration stores them", () => {
    // The same node shape the client's Tiptap extension declares: the shared attribute names, null defaults.
    const ActionItemNode = Node.create({
      name: ACTION_ITEM_NODE,
      group: "block",
      content: "inline*",
      addAttributes() {
        return Object.fromEntries(ACTION_ITEM_ATTR_NAMES.map((name) => [name, { default: null }]));
      },
    });
    const schema = getSchema([StarterKit, ActionItemNode]);
    const doc = new Y.Doc();
    prosemirrorJSONToYXmlFragment(
      schema,
      {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Afspraken" }] },
          {
            type: ACTION_ITEM_NODE,
            attrs: {
              [ACTION_ITEM_ATTRS.id]: "a1",
              [ACTION_ITEM_ATTRS.organisationId]: "org-1",
              [ACTION_ITEM_ATTRS.responsible]: "user:u-1",
              [ACTION_ITEM_ATTRS.dueDate]: "2025-04-01",
              [ACTION_ITEM_ATTRS.status]: "open",
              [ACTION_ITEM_ATTRS.kind]: "straf",
            },
            content: [{ type: "text", text: "Gebiedsverbod aanvragen" }],
          },
        ],
      },
      doc.getXmlFragment(PROSE_FIELD),
    );
    const { value } = readActionItems(doc);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      onvolledig: false,
      leefgebied: null,
      item: { id: "a1", text: "Gebiedsverbod aanvragen", kind: "straf" },
    });
    expect(readProseText(doc).value).toBe("Afspraken\nGebiedsverbod aanvragen");
  });
});
