import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { diffText, isPlainText, replaceText, type TextChange } from "./textDiff.js";

/** `before` with `change` made. */
function apply(before: string, change: TextChange): string {
  return before.slice(0, change.index) + change.insert + before.slice(change.index + change.remove);
}

/** Few letters, so texts repeat characters (where a prefix/suffix diff can go wrong). */
const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "é", "😀"), maxLength: 12 });

/** `i`, moved off the middle of a surrogate pair: a caret never stands inside a character. */
function boundary(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code >= 0xdc00 && code <= 0xdfff ? i - 1 : i;
}

/** A text and one edit of it as a user makes it: a selection replaced by typed or pasted text. */
const edit = text.chain((before) =>
  fc
    .tuple(fc.nat({ max: before.length }), fc.nat({ max: before.length }), text)
    .map(([a, b, typed]) => {
      const [from, to] = [boundary(before, Math.min(a, b)), boundary(before, Math.max(a, b))];
      return {
        before,
        from,
        to,
        typed,
        after: before.slice(0, from) + typed + before.slice(to),
        caret: from + typed.length,
      };
    }),
);

describe("diffText", () => {
  it("finds an insertion, a deletion and a replacement in the middle", () => {
    expect(diffText("Geen dagritme.", "Geen vast dagritme.")).toEqual({
      index: 5,
      remove: 0,
      insert: "vast ",
    });
    expect(diffText("Geen vast dagritme.", "Geen dagritme.")).toEqual({
      index: 5,
      remove: 5,
      insert: "",
    });
    expect(diffText("huur betaald", "huur niet betaald")).toEqual({
      index: 5,
      remove: 0,
      insert: "niet ",
    });
    expect(diffText("schuld 300", "schuld 450")).toEqual({ index: 7, remove: 2, insert: "45" });
  });

  it("reports no change for equal texts", () => {
    expect(diffText("zelfde", "zelfde")).toEqual({ index: 6, remove: 0, insert: "" });
    expect(diffText("zelfde", "zelfde", 2)).toEqual({ index: 2, remove: 0, insert: "" });
  });

  it("places an edit among repeated characters where the caret says it was made", () => {
    // "aa" → type "a" between the two: without the caret the insert goes to the end.
    expect(diffText("aa", "aaa")).toEqual({ index: 2, remove: 0, insert: "a" });
    expect(diffText("aa", "aaa", 2)).toEqual({ index: 1, remove: 0, insert: "a" });
    expect(diffText("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    // Backspace after the second of three a's, and the delete key before it: the caret is at 1.
    expect(diffText("aaa", "aa", 1)).toEqual({ index: 1, remove: 1, insert: "" });
  });

  it("never splits an emoji's surrogate pair", () => {
    expect(diffText("😀", "😁")).toEqual({ index: 0, remove: 2, insert: "😁" });
    expect(diffText("a😀b", "a😁b")).toEqual({ index: 1, remove: 2, insert: "😁" });
  });

  it("turns the old text into the new one, for any texts and caret", () => {
    fc.assert(
      fc.property(text, text, fc.nat(), (before, after, caretSeed) => {
        const caret = caretSeed % (after.length + 1);
        expect(apply(before, diffText(before, after))).toBe(after);
        expect(apply(before, diffText(before, after, caret))).toBe(after);
      }),
    );
  });

  it("keeps every typed edit within what the user replaced, ending at the caret", () => {
    fc.assert(
      fc.property(edit, ({ before, after, from, to, caret }) => {
        const change = diffText(before, after, caret);
        expect(apply(before, change)).toBe(after);
        expect(change.index).toBeGreaterThanOrEqual(from);
        expect(change.index + change.remove).toBeLessThanOrEqual(to);
        expect(change.index + change.insert.length).toBeLessThanOrEqual(caret);
      }),
    );
  });
});

describe("replaceText", () => {
  it("writes only the difference, so a concurrent insertion elsewhere survives", () => {
    const a = new Y.Doc();
    a.getText("t").insert(0, "Geen dagritme.");
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    replaceText(a.getText("t"), "Geen vast dagritme.");
    b.getText("t").insert(14, " Politie: hangt rond station.");
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      expect(doc.getText("t").toJSON()).toBe("Geen vast dagritme. Politie: hangt rond station.");
    }
  });

  it("writes nothing when the text is unchanged", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "zelfde");
    let updates = 0;
    doc.on("update", () => updates++);
    replaceText(doc.getText("t"), "zelfde");
    expect(updates).toBe(0);
  });
});

describe("isPlainText", () => {
  it("accepts a Y.Text but not rich XML text or a string", () => {
    expect(isPlainText(new Y.Text())).toBe(true);
    expect(isPlainText(new Y.XmlText())).toBe(false);
    expect(isPlainText("tekst")).toBe(false);
  });
});
