import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decodeUpdateStrict } from "./updateCheck.js";
import { placesOfUpdate, type UpdatePlace } from "./updatePlaces.js";

/** A client document whose every change is captured as the update it would send. */
function client(id: number): { doc: Y.Doc; sent: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = id;
  const sent: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => sent.push(update));
  return { doc, sent };
}

function placesFor(server: Y.Doc, update: Uint8Array): UpdatePlace[] | null {
  return placesOfUpdate(server, decodeUpdateStrict(update));
}

/** Distinct places as "root/key" strings, sorted. */
function keys(places: readonly UpdatePlace[] | null): string[] | null {
  return places && [...new Set(places.map((p) => `${p.root}/${p.key ?? ""}`))].sort();
}

describe("placesOfUpdate", () => {
  it("places a first answer under its root map and key", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getMap("bekendBij").set("org-a", { answer: "ja" });
    expect(keys(placesFor(server, a.sent[0]!))).toEqual(["bekendBij/org-a"]);
  });

  it("places an overwrite, which names only the entry it replaces, under the same key", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getMap("bekendBij").set("org-a", { answer: "ja" });
    Y.applyUpdate(server, a.sent[0]!);
    a.doc.getMap("bekendBij").set("org-a", { answer: "nee" });
    const overwrite = decodeUpdateStrict(a.sent[1]!);
    expect(overwrite.structs.every((s) => !(s instanceof Y.Item) || s.parent === null)).toBe(true);
    expect(keys(placesOfUpdate(server, overwrite))).toEqual(["bekendBij/org-a"]);
  });

  it("places the deletion of another organisation's answer under that organisation's key", () => {
    const server = new Y.Doc();
    const b = client(2);
    b.doc.getMap("bekendBij").set("org-b", { answer: "ja" });
    Y.applyUpdate(server, b.sent[0]!);
    const a = client(1);
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(server));
    a.sent.length = 0;
    a.doc.getMap("bekendBij").delete("org-b");
    expect(keys(placesFor(server, a.sent[0]!))).toEqual(["bekendBij/org-b"]);
  });

  it("finds nothing to place in a resend of what the document already has", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getMap("bekendBij").set("org-a", { answer: "ja" });
    a.doc.getMap("bekendBij").set("org-a", { answer: "nee" });
    a.doc.getMap("criteria").delete("gone");
    for (const update of a.sent) Y.applyUpdate(server, update);
    expect(placesFor(server, Y.encodeStateAsUpdate(a.doc))).toEqual([]);
  });

  it("places edits inside a nested type under the top-level key that holds it", () => {
    const server = new Y.Doc();
    const a = client(1);
    const nested = new Y.Map<number>();
    a.doc.getMap("bekendBij").set("org-a", nested);
    Y.applyUpdate(server, a.sent[0]!);
    nested.set("x", 1);
    expect(keys(placesFor(server, a.sent[1]!))).toEqual(["bekendBij/org-a"]);
  });

  it("places a run of text edits anchored on each other within one update", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.transact(() => {
      const text = a.doc.getText("notes");
      text.insert(0, "abc");
      text.insert(1, "x");
      text.insert(4, "y");
      text.delete(0, 1);
    });
    expect(keys(placesFor(server, a.sent[0]!))).toEqual(["notes/"]);
  });

  it("says the key and values of each map entry an update adds, also of an overwrite and inside a nested map", () => {
    const server = new Y.Doc();
    const a = client(1);
    const entries = (update: Uint8Array) =>
      (placesFor(server, update) ?? []).flatMap((p) => (p.entry ? [p.entry] : []));
    a.doc.getMap("risico").set("rtiG", { level: "hoog", setBy: "u-a" });
    expect(entries(a.sent[0]!)).toEqual([
      { key: "rtiG", values: [{ level: "hoog", setBy: "u-a" }] },
    ]);
    Y.applyUpdate(server, a.sent[0]!);

    a.doc.getMap("risico").set("rtiG", { level: "laag", setBy: "u-b" });
    expect(entries(a.sent[1]!)).toEqual([
      { key: "rtiG", values: [{ level: "laag", setBy: "u-b" }] },
    ]);
    Y.applyUpdate(server, a.sent[1]!);

    const entry = new Y.Map<unknown>();
    a.doc.getMap("scores").set("justitie", entry);
    Y.applyUpdate(server, a.sent[2]!);
    a.doc.transact(() => {
      entry.set("score", 1);
      entry.set("setBy", "u-a");
    });
    Y.applyUpdate(server, a.sent[3]!);
    entry.set("setBy", "u-b");
    expect(entries(a.sent[4]!)).toEqual([{ key: "setBy", values: ["u-b"] }]);
  });

  it("says which map entry an update takes away, by deleting it or by writing over it, and whether it was a root entry holding a type", () => {
    const server = new Y.Doc();
    const a = client(1);
    const entry = new Y.Map<unknown>();
    a.doc.getMap("scores").set("werk", entry);
    entry.set("history", [1]);
    a.doc.getText("notes").insert(0, "typed");
    for (const update of a.sent) Y.applyUpdate(server, update);
    a.sent.length = 0;
    entry.delete("history");
    a.doc.getMap("scores").set("werk", new Y.Map());
    a.doc.getText("notes").delete(0, 2);
    // Distinct, as JSON: a write over an entry also deletes the value it replaces.
    const removed = (update: Uint8Array) => [
      ...new Set(
        placesFor(server, update)?.flatMap((p) => (p.removed ? [JSON.stringify(p.removed)] : [])),
      ),
    ];
    expect(removed(a.sent[0]!)).toEqual([
      JSON.stringify({ key: "history", inRoot: false, heldType: false }),
    ]);
    expect(removed(a.sent[1]!)).toEqual([
      JSON.stringify({ key: "werk", inRoot: true, heldType: true }),
    ]);
    expect(removed(a.sent[2]!)).toEqual([]);
  });

  it("says no key for a value added to an array, or text typed", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getArray("lijst").push([{ setBy: "u-b" }]);
    a.doc.getText("t").insert(0, "setBy");
    for (const update of a.sent) {
      expect((placesFor(server, update) ?? []).some((p) => p.entry !== undefined)).toBe(false);
      Y.applyUpdate(server, update);
    }
  });

  it("cannot place an update anchored on content the server does not have", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getMap("bekendBij").set("org-a", { answer: "ja" });
    a.doc.getMap("bekendBij").set("org-a", { answer: "nee" });
    expect(placesFor(server, a.sent[1]!)).toBeNull();
  });

  it("cannot place a deletion of content the server does not have", () => {
    const server = new Y.Doc();
    const a = client(1);
    a.doc.getMap("bekendBij").set("org-a", { answer: "ja" });
    a.doc.getMap("bekendBij").delete("org-a");
    expect(placesFor(server, a.sent[1]!)).toBeNull();
  });

  it("places every map entry a random edit changes (property)", () => {
    const roots = ["criteria", "bekendBij", "risico"] as const;
    const op = fc.record({
      writer: fc.integer({ min: 0, max: 2 }),
      root: fc.constantFrom(...roots),
      key: fc.constantFrom("k1", "k2", "k3"),
      kind: fc.constantFrom("set", "delete", "nested"),
      value: fc.integer(),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), (ops) => {
        const server = new Y.Doc();
        const writers = [client(1), client(2), client(3)];
        for (const { writer, root, key, kind, value } of ops) {
          const w = writers[writer]!;
          Y.applyUpdate(w.doc, Y.encodeStateAsUpdate(server));
          w.sent.length = 0;
          const map = w.doc.getMap<unknown>(root);
          const current = map.get(key);
          if (kind === "set") map.set(key, { value });
          else if (kind === "delete") map.delete(key);
          else if (current instanceof Y.Map) current.set("n", value);
          else map.set(key, new Y.Map());
          const before = JSON.stringify(server.toJSON());
          const changed = new Set<string>();
          for (const update of w.sent) {
            const found = keys(placesFor(server, update));
            if (found === null) return false;
            found.forEach((place) => changed.add(place));
            Y.applyUpdate(server, update);
          }
          const expected = before === JSON.stringify(server.toJSON()) ? [] : [`${root}/${key}`];
          if (expected.some((place) => !changed.has(place))) return false;
          if ([...changed].some((place) => place !== `${root}/${key}`)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
