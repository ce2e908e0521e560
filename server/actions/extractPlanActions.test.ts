import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ACTION_ITEM_NODE } from "../../shared/docs/actionItemNode.js";
import {
  insertActionItem,
  readActionItems,
  setActionStatus,
  updateActionItem,
} from "../../shared/docs/planDoc.js";
import { PROSE_FIELD } from "../../shared/docs/proseDoc.js";
import { ACTION_STATUSES } from "../../shared/domain/action.js";
import { extractPlanActions, isPositionKey } from "./extractPlanActions.js";
import { actionFieldsOf, type IndexedAction } from "./indexedAction.js";

const stamp = (at: string, by: string[] = ["user_a"]) => ({ caseId: "case_1", at, by });

function planWith(...ids: string[]): Y.Doc {
  const doc = new Y.Doc();
  for (const id of ids) {
    insertActionItem(doc, {
      id,
      text: `Actie ${id}`,
      organisationId: "org_politie",
      responsible: "user:user_b",
      dueDate: "2030-01-01",
      status: "open",
      kind: "zorg",
    });
  }
  return doc;
}

function extract(previous: IndexedAction[], doc: Y.Doc, at = "2030-01-01T10:00:00.000Z") {
  return extractPlanActions(previous, readActionItems(doc).value, stamp(at));
}

function deleteAction(doc: Y.Doc, id: string): void {
  const fragment = doc.getXmlFragment(PROSE_FIELD);
  const index = fragment
    .toArray()
    .findIndex((n) => n instanceof Y.XmlElement && n.getAttribute("id") === id);
  fragment.delete(index, 1);
}

describe("extractPlanActions", () => {
  it("records first seen, last changed and who changed an action", () => {
    const doc = planWith("act_1");
    const first = extract([], doc, "2030-01-01T10:00:00.000Z");
    updateActionItem(doc, "act_1", { dueDate: "2030-02-01" });
    const second = extractPlanActions(
      first.actions,
      readActionItems(doc).value,
      stamp("2030-01-02T10:00:00.000Z", ["user_c"]),
    );
    expect(second.actions[0]).toMatchObject({
      firstSeenAt: "2030-01-01T10:00:00.000Z",
      lastChangedAt: "2030-01-02T10:00:00.000Z",
      lastChangedBy: ["user_c"],
      dueDate: "2030-02-01",
    });
    expect(second.changes).toEqual([{ key: "act_1", what: "gewijzigd", fields: ["dueDate"] }]);
  });

  it("changes nothing and reports clean when the plan did not change", () => {
    const doc = planWith("act_1", "act_2");
    const first = extract([], doc);
    const second = extract(first.actions, doc, "2030-01-05T00:00:00.000Z");
    expect(second.dirty).toBe(false);
    expect(second.actions).toEqual(first.actions);
  });

  it("keeps a deleted action as verwijderd uit plan and restores it when the node comes back", () => {
    const doc = planWith("act_1", "act_2");
    const undo = new Y.UndoManager(doc.getXmlFragment(PROSE_FIELD));
    const first = extract([], doc);
    deleteAction(doc, "act_1");
    const removed = extract(first.actions, doc, "2030-01-02T00:00:00.000Z");
    const gone = removed.actions.find((a) => a.key === "act_1");
    expect(gone).toMatchObject({ removedAt: "2030-01-02T00:00:00.000Z", removedBy: ["user_a"] });
    undo.undo();
    const back = extract(removed.actions, doc, "2030-01-03T00:00:00.000Z");
    expect(back.actions.find((a) => a.key === "act_1")?.removedAt).toBeNull();
    expect(back.changes.map((c) => c.what)).toContain("teruggezet");
  });

  it("indexes a pasted duplicate id and an id-less node under position keys, never losing them", () => {
    const doc = planWith("act_1", "act_1");
    doc.getXmlFragment(PROSE_FIELD).insert(0, [new Y.XmlElement(ACTION_ITEM_NODE)]);
    const { actions } = extract([], doc);
    expect(actions.map((a) => [a.key, a.nodeId, a.onvolledig])).toEqual([
      ["#0", null, true],
      ["act_1", "act_1", false],
      ["#2", null, true],
    ]);
  });
});

/** One random edit to a plan. */
type Edit =
  | { op: "insert"; id: string | null; complete: boolean }
  | { op: "delete"; pick: number }
  | { op: "status"; pick: number; status: (typeof ACTION_STATUSES)[number] }
  | { op: "due"; pick: number; due: string }
  | { op: "undo" };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant("insert" as const),
    id: fc.option(fc.constantFrom("act_a", "act_b", "act_c", "act_d", "#0"), { nil: null }),
    complete: fc.boolean(),
  }),
  fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("status" as const),
    pick: fc.nat(),
    status: fc.constantFrom(...ACTION_STATUSES),
  }),
  fc.record({
    op: fc.constant("due" as const),
    pick: fc.nat(),
    due: fc.constantFrom("2030-01-01", "2030-02-30", "morgen"),
  }),
  fc.record({ op: fc.constant("undo" as const) }),
);

function apply(doc: Y.Doc, undo: Y.UndoManager, edit: Edit): void {
  const fragment = doc.getXmlFragment(PROSE_FIELD);
  const elements = fragment.toArray().filter((n): n is Y.XmlElement => n instanceof Y.XmlElement);
  const picked =
    elements.length === 0
      ? undefined
      : elements[("pick" in edit ? edit.pick : 0) % elements.length];
  const pickedId = picked?.getAttribute("id");
  switch (edit.op) {
    case "insert": {
      const element = new Y.XmlElement(ACTION_ITEM_NODE);
      if (edit.id !== null) element.setAttribute("id", edit.id);
      if (edit.complete) {
        element.setAttribute("organisationId", "org_ggz");
        element.setAttribute("responsible", "Wijkagent");
        element.setAttribute("dueDate", "2030-03-01");
        element.setAttribute("kind", "zorg");
      }
      element.insert(0, [new Y.XmlText("Gesprek voeren")]);
      fragment.insert(fragment.length === 0 ? 0 : edit.id === null ? 0 : fragment.length, [
        element,
      ]);
      return;
    }
    case "delete":
      if (picked) fragment.delete(elements.indexOf(picked), 1);
      return;
    case "status":
      if (typeof pickedId === "string") {
        setActionStatus(doc, pickedId, {
          status: edit.status,
          at: "2030-01-01T00:00:00.000Z",
          by: "user_a",
          ...(edit.status === "vervallen" ? { vervallenReden: "Niet meer nodig" } : {}),
        });
      }
      return;
    case "due":
      if (typeof pickedId === "string") picked?.setAttribute("dueDate", edit.due);
      return;
    case "undo":
      undo.undo();
      return;
  }
}

describe("extraction as a property", () => {
  it("leaves the live index equal to readActionItems(doc) after any sequence of edits", () => {
    fc.assert(
      fc.property(fc.array(fc.array(editArb, { maxLength: 4 }), { maxLength: 12 }), (batches) => {
        const doc = new Y.Doc();
        const undo = new Y.UndoManager(doc.getXmlFragment(PROSE_FIELD), { captureTimeout: 0 });
        let index: IndexedAction[] = [];
        const everSeen = new Set<string>();
        batches.forEach((batch, n) => {
          for (const edit of batch) apply(doc, undo, edit);
          index = extract(
            index,
            doc,
            `2030-01-01T00:00:${String(n).padStart(2, "0")}.000Z`,
          ).actions;
          const read = readActionItems(doc).value;
          const live = index.filter((a) => a.removedAt === null);
          expect(live.map(actionFieldsOf)).toEqual(read.map(actionFieldsOf));
          expect(live.map((a) => a.position)).toEqual(read.map((_, i) => i));
          for (const a of live) if (!isPositionKey(a.key)) everSeen.add(a.key);
          // Every action ever tracked by its own id is still in the index, live or removed.
          const keys = new Set(index.map((a) => a.key));
          for (const key of everSeen) expect(keys.has(key)).toBe(true);
          expect(new Set(index.map((a) => a.key)).size).toBe(index.length);
        });
      }),
      { numRuns: 300 },
    );
  });
});
