import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { diffText } from "../../shared/docs/textDiff.js";
import {
  caretAfterRebase,
  mapPosition,
  mapThrough,
  rebaseChange,
  type Delta,
} from "./textDelta.js";

/** The delta Yjs reports for `change` made to `text`'s content. */
function deltaOf(initial: string, change: (text: Y.Text) => void): Delta {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, initial);
  let delta: Delta = [];
  text.observe((event) => {
    delta = event.delta;
  });
  change(text);
  return delta;
}

describe("mapPosition", () => {
  const insertAt4 = deltaOf("Geen ritme.", (t) => t.insert(5, "dag"));
  const delete1To4 = deltaOf("Geen ritme.", (t) => t.delete(1, 3));

  it("moves a position after an insertion by its length, and leaves one before it alone", () => {
    expect(mapPosition(2, insertAt4, "before")).toBe(2);
    expect(mapPosition(8, insertAt4, "before")).toBe(11);
  });

  it("keeps a position exactly at an insertion in front of it, or moves it past it", () => {
    expect(mapPosition(5, insertAt4, "before")).toBe(5);
    expect(mapPosition(5, insertAt4, "after")).toBe(8);
  });

  it("moves a position inside a deleted run to where the run was", () => {
    expect(mapPosition(0, delete1To4, "before")).toBe(0);
    expect(mapPosition(2, delete1To4, "before")).toBe(1);
    expect(mapPosition(4, delete1To4, "after")).toBe(1);
    expect(mapPosition(6, delete1To4, "before")).toBe(3);
  });

  it("handles a replacement: a position in the replaced text goes before the new text or after it", () => {
    const replaced = deltaOf("schuld 300 euro", (t) =>
      t.doc?.transact(() => {
        t.delete(7, 3);
        t.insert(7, "4500");
      }),
    );
    expect(mapPosition(8, replaced, "before")).toBe(7);
    expect(mapPosition(8, replaced, "after")).toBe(11);
    expect(mapPosition(12, replaced, "before")).toBe(13);
  });

  it("carries a position through several changes in order", () => {
    const first = deltaOf("abc", (t) => t.insert(0, "xx"));
    const second = deltaOf("xxabc", (t) => t.delete(0, 3));
    expect(mapThrough(2, [first, second], "before")).toBe(1);
  });

  it("takes every character the change kept to the same character in the new text", () => {
    const letters = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 10 });
    fc.assert(
      fc.property(letters, letters, (before, after) => {
        const doc = new Y.Doc();
        const text = doc.getText("t");
        text.insert(0, before);
        let delta: Delta = [];
        text.observe((event) => {
          delta = event.delta;
        });
        const change = diffText(before, after);
        doc.transact(() => {
          text.delete(change.index, change.remove);
          text.insert(change.index, change.insert);
        });
        for (let i = 0; i < before.length; i++) {
          const kept = i < change.index || i >= change.index + change.remove;
          if (!kept) continue;
          const mapped = mapPosition(i, delta, "after");
          expect(after[mapped]).toBe(before[i]);
          expect(mapPosition(i + 1, delta, "before")).toBe(mapped + 1);
        }
      }),
    );
  });
});

describe("rebaseChange", () => {
  it("moves a local insertion past text others inserted before it", () => {
    const remote = [deltaOf("Geen dagritme.", (t) => t.insert(0, "Politie: "))];
    const change = diffText("Geen dagritme.", "Geen vast dagritme.", 10);
    const rebased = rebaseChange(change, remote);
    expect(rebased).toEqual({ insertAt: 14, insert: "vast ", removals: [] });
    expect(caretAfterRebase(10, change, remote, rebased)).toBe(19);
  });

  it("removes only what the user removed that still exists, never others' new text", () => {
    // The user replaced "300" by "450" while someone typed "1" into the middle of it and someone
    // else removed the "0" at its end.
    const remote = [
      deltaOf("schuld 300", (t) => t.insert(8, "1")),
      deltaOf("schuld 3100", (t) => t.delete(10, 1)),
    ];
    const change = diffText("schuld 300", "schuld 450", 10);
    expect(change).toEqual({ index: 7, remove: 3, insert: "450" });
    const rebased = rebaseChange(change, remote);
    expect(rebased.removals).toEqual([
      { start: 9, end: 10 },
      { start: 7, end: 8 },
    ]);
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "schuld 310");
    for (const range of rebased.removals) text.delete(range.start, range.end - range.start);
    text.insert(rebased.insertAt, rebased.insert);
    expect(text.toJSON()).toBe("schuld 4501");
  });

  it("puts a caret behind the user's own change at the same text after it", () => {
    const remote = [deltaOf("ab cd", (t) => t.insert(5, "!"))];
    // The user typed "X" after "ab" and then moved the caret to after "c".
    const change = diffText("ab cd", "abX cd", 3);
    const rebased = rebaseChange(change, remote);
    expect(caretAfterRebase(5, change, remote, rebased)).toBe(5);
    expect(caretAfterRebase(1, change, remote, rebased)).toBe(1);
  });
});
