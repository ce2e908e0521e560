import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeUpdateStrict, updateChangesDocument, writesOnlyUnder } from "./updateCheck.js";

/** One random edit: insert, delete or map set, positions scaled to the document. */
const editArb = fc.record({
  kind: fc.constantFrom("insert", "delete", "set"),
  at: fc.nat({ max: 1000 }),
  size: fc.integer({ min: 1, max: 4 }),
});
type Edit = { kind: "insert" | "delete" | "set"; at: number; size: number };

function applyEdits(doc: Y.Doc, edits: readonly Edit[]): void {
  const text = doc.getText("t");
  for (const edit of edits) {
    if (edit.kind === "insert") text.insert(edit.at % (text.length + 1), "x".repeat(edit.size));
    else if (edit.kind === "delete" && text.length > 0) {
      const at = edit.at % text.length;
      text.delete(at, Math.min(edit.size, text.length - at));
    } else doc.getMap("m").set(`k${edit.at % 3}`, edit.size);
  }
}

function clone(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Whether applying `update` to a copy of `doc` changes its state vector or its deletions. */
function reallyChanges(doc: Y.Doc, update: Uint8Array): boolean {
  const copy = clone(doc);
  const before = Y.encodeStateAsUpdate(copy);
  Y.applyUpdate(copy, update);
  return !Buffer.from(Y.encodeStateAsUpdate(copy)).equals(Buffer.from(before));
}

describe("whether an update would change a document", () => {
  it("agrees with applying the update, for a peer's full state after random edits on both sides", () => {
    fc.assert(
      fc.property(
        fc.array(editArb, { maxLength: 30 }),
        fc.array(editArb, { maxLength: 10 }),
        fc.array(editArb, { maxLength: 10 }),
        (shared, serverOnly, peerOnly) => {
          const server = new Y.Doc();
          applyEdits(server, shared);
          const peer = clone(server);
          applyEdits(server, serverOnly);
          applyEdits(peer, peerOnly);
          const update = Y.encodeStateAsUpdate(peer);
          expect(updateChangesDocument(server, decodeUpdateStrict(update))).toBe(
            reallyChanges(server, update),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds nothing new in the whole state of a read-only peer that only received", () => {
    const server = new Y.Doc();
    applyEdits(server, [
      { kind: "insert", at: 0, size: 4 },
      { kind: "delete", at: 1, size: 2 },
      { kind: "set", at: 0, size: 1 },
      { kind: "set", at: 0, size: 2 },
    ]);
    const reader = clone(server);
    expect(updateChangesDocument(server, decodeUpdateStrict(Y.encodeStateAsUpdate(reader)))).toBe(
      false,
    );
  });
});

describe("whether an update writes only under the document's own top-level types", () => {
  /** The updates a doc emits while `edit` runs, one per transaction. */
  function updatesOf(doc: Y.Doc, edit: () => void): Uint8Array[] {
    const updates: Uint8Array[] = [];
    const record = (update: Uint8Array) => updates.push(update);
    doc.on("update", record);
    edit();
    doc.off("update", record);
    return updates;
  }
  const body = new Map([["body", "list" as const]]);
  const onlyUnderBody = (update: Uint8Array) => writesOnlyUnder(decodeUpdateStrict(update), body);

  it("takes a new paragraph in the document's root, typing inside it and map entries of its elements", () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    const updates = updatesOf(doc, () => {
      doc.getXmlFragment("body").push([paragraph]);
      paragraph.insert(0, [text]);
      text.insert(0, "Aanleiding");
      text.insert(10, ": zorgen");
      paragraph.setAttribute("textAlign", "left");
    });
    expect(updates.length).toBeGreaterThan(3);
    expect(updates.every(onlyUnderBody)).toBe(true);
  });

  it("refuses content under any other name, also beside an allowed edit in one update", () => {
    const doc = new Y.Doc();
    const [hidden] = updatesOf(doc, () => doc.getMap("verborgen").set("notitie", "x"));
    const [both] = updatesOf(doc, () =>
      doc.transact(() => {
        doc.getXmlFragment("body").push([new Y.XmlElement("paragraph")]);
        doc.getText("notities").insert(0, "y");
      }),
    );
    expect(onlyUnderBody(hidden ?? new Uint8Array())).toBe(false);
    expect(onlyUnderBody(both ?? new Uint8Array())).toBe(false);
  });

  it("refuses a keyed entry in a list root, and a list item in a map root", () => {
    const doc = new Y.Doc();
    // The prose fragment's own map part: no reader reads it.
    const fragment = doc.getXmlFragment("body");
    const [keyed] = updatesOf(doc, () =>
      Y.XmlElement.prototype.setAttribute.call(fragment, "x", "verborgen"),
    );
    const scores = new Map([["scores", "map" as const]]);
    const [listed] = updatesOf(doc, () => doc.getArray("scores").push(["verborgen"]));
    expect(onlyUnderBody(keyed ?? new Uint8Array())).toBe(false);
    expect(writesOnlyUnder(decodeUpdateStrict(listed ?? new Uint8Array()), scores)).toBe(false);
  });
});
