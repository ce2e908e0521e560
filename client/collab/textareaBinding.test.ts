import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindTextarea, type BindableTextarea } from "./textareaBinding.js";

type Direction = "forward" | "backward" | "none";

/**
 * A textarea as the binding sees it, without a DOM. Like a browser's, setting `value` puts the
 * caret at the end; `type`, `backspace` and `compose` edit the way a user does and fire events.
 */
class FakeTextarea extends EventTarget implements BindableTextarea {
  private text = "";
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: Direction = "none";
  scrollTop = 0;
  readonly ownerDocument: { activeElement: unknown } = { activeElement: null };

  get value(): string {
    return this.text;
  }

  set value(next: string) {
    this.text = next;
    this.selectionStart = this.selectionEnd = next.length;
  }

  setSelectionRange(start: number, end: number, direction: Direction = "none"): void {
    this.selectionStart = start;
    this.selectionEnd = end;
    this.selectionDirection = direction;
  }

  focus(): void {
    this.ownerDocument.activeElement = this;
  }

  /** Replaces the selection with `typed` without any event (the browser's part of an edit). */
  private replaceSelection(typed: string): void {
    const { selectionStart: start, selectionEnd: end } = this;
    this.text = this.text.slice(0, start) + typed + this.text.slice(end);
    this.selectionStart = this.selectionEnd = start + typed.length;
  }

  /** Types (or pastes) `typed` over the selection. */
  type(typed: string): void {
    this.replaceSelection(typed);
    this.dispatchEvent(new Event("input"));
  }

  /** Deletes the selection, or the character before the caret. */
  backspace(): void {
    if (this.selectionStart === this.selectionEnd) this.selectionStart -= 1;
    this.type("");
  }

  /** Starts a composition that will replace the selection. */
  compositionStart(): number {
    this.dispatchEvent(new Event("compositionstart"));
    return this.selectionStart;
  }

  /** One composition step: the composed text so far replaces the previous step's. */
  compositionUpdate(from: number, previous: string, composed: string): void {
    this.setSelectionRange(from, from + previous.length);
    this.replaceSelection(composed);
    this.dispatchEvent(Object.assign(new Event("input"), { isComposing: true }));
  }

  compositionEnd(): void {
    this.dispatchEvent(new Event("compositionend"));
  }

  /** Ctrl+Z (or Ctrl+Y): true when the binding took it over from the browser. */
  history(inputType: "historyUndo" | "historyRedo"): boolean {
    const event = Object.assign(new Event("beforeinput", { cancelable: true }), { inputType });
    this.dispatchEvent(event);
    return event.defaultPrevented;
  }
}

/** A Y.Doc whose note text holds `initial`, and a textarea bound to it. */
function boundNote(initial = "", doc = new Y.Doc()) {
  const text = doc.getText("note");
  if (initial !== "") text.insert(0, initial);
  const textarea = new FakeTextarea();
  const unbind = bindTextarea(textarea, text);
  unbinds.push(unbind);
  return { doc, text, textarea, unbind };
}

/** Records the delta of every change to `text`. */
function deltasOf(text: Y.Text) {
  const deltas: unknown[] = [];
  text.observe((event) => deltas.push(event.delta));
  return deltas;
}

/** A change from elsewhere: applied to a copy of `doc`, then the update comes back. */
function remoteChange(doc: Y.Doc, change: (text: Y.Text) => void): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(doc);
  change(other.getText("note"));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, before), "remote");
}

/** Sends each document what the other has and it lacks. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), "remote");
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), "remote");
}

const unbinds: (() => void)[] = [];
afterEach(() => {
  for (const unbind of unbinds.splice(0)) unbind();
});

describe("a textarea bound to a Y.Text", () => {
  it("shows the text it is bound to", () => {
    const { textarea } = boundNote("Geen dagritme.");
    expect(textarea.value).toBe("Geen dagritme.");
  });

  it("writes a keystroke as one small insert, not the whole text", () => {
    const { text, textarea } = boundNote("Geen dagritme.");
    const deltas = deltasOf(text);
    textarea.focus();
    textarea.setSelectionRange(5, 5);
    textarea.type("vast ");
    expect(text.toJSON()).toBe("Geen vast dagritme.");
    expect(deltas).toEqual([[{ retain: 5 }, { insert: "vast " }]]);
  });

  it("writes a deletion and a replaced selection as small changes", () => {
    const { text, textarea } = boundNote("schuld 300 euro");
    const deltas = deltasOf(text);
    textarea.focus();
    textarea.setSelectionRange(7, 10);
    textarea.type("450");
    textarea.setSelectionRange(15, 15);
    textarea.backspace();
    expect(text.toJSON()).toBe("schuld 450 eur");
    expect(deltas).toEqual([
      // The whole selection was replaced: its last "0" is new text, typed by the user.
      [{ retain: 7 }, { delete: 3 }, { insert: "450" }],
      [{ retain: 14 }, { delete: 1 }],
    ]);
  });

  it("shows a remote change at once and keeps the caret among the same characters", () => {
    const { doc, textarea } = boundNote("Geen dagritme.");
    textarea.focus();
    textarea.setSelectionRange(9, 9); // after "Geen dagr"
    remoteChange(doc, (t) => t.insert(0, "Politie: "));
    expect(textarea.value).toBe("Politie: Geen dagritme.");
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([18, 18]);
    remoteChange(doc, (t) => t.delete(0, 9));
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([9, 9]);
  });

  it("keeps the caret in front of text someone else inserts right at it", () => {
    const { doc, textarea } = boundNote("Huur");
    textarea.focus();
    textarea.setSelectionRange(4, 4);
    remoteChange(doc, (t) => t.insert(4, " betaald"));
    expect(textarea.value).toBe("Huur betaald");
    expect(textarea.selectionStart).toBe(4);
    textarea.type("!");
    expect(textarea.value).toBe("Huur! betaald");
  });

  it("keeps a selection on the same text, in its direction, without taking in text at its edges", () => {
    const { doc, textarea } = boundNote("één twee drie");
    textarea.focus();
    textarea.setSelectionRange(4, 8, "backward"); // "twee"
    remoteChange(doc, (t) => {
      t.insert(8, "ën");
      t.insert(0, "nul ");
    });
    expect(textarea.value).toBe("nul één tweeën drie");
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).toBe("twee");
    expect(textarea.selectionDirection).toBe("backward");
  });

  it("leaves the selection of a textarea without focus to the browser", () => {
    const { doc, textarea } = boundNote("abc");
    textarea.setSelectionRange(1, 1);
    remoteChange(doc, (t) => t.insert(0, "x"));
    expect(textarea.value).toBe("xabc");
    expect(textarea.selectionStart).toBe(4);
  });

  it("does not echo its own writes back into the textarea", () => {
    const { textarea } = boundNote("abc");
    textarea.focus();
    textarea.setSelectionRange(1, 1);
    textarea.type("x");
    expect(textarea.value).toBe("axbc");
    expect(textarea.selectionStart).toBe(2);
  });

  it("writes a composition once, at its end, and holds remote changes back until then", () => {
    const { doc, text, textarea } = boundNote("Naam: ");
    const deltas = deltasOf(text);
    textarea.focus();
    const from = textarea.compositionStart();
    textarea.compositionUpdate(from, "", "た");
    textarea.compositionUpdate(from, "た", "たな");
    remoteChange(doc, (t) => t.insert(0, "Let op. "));
    // The textarea must not change while the input method composes.
    expect(textarea.value).toBe("Naam: たな");
    textarea.compositionUpdate(from, "たな", "田中");
    expect(text.toJSON()).toBe("Let op. Naam: ");
    textarea.compositionEnd();
    expect(text.toJSON()).toBe("Let op. Naam: 田中");
    expect(textarea.value).toBe("Let op. Naam: 田中");
    expect(textarea.selectionStart).toBe("Let op. Naam: 田中".length);
    // One remote change and one write of the composed text, nothing partial.
    expect(deltas).toHaveLength(2);
    expect(deltas[1]).toEqual([{ retain: 14 }, { insert: "田中" }]);
    // A late input event after the composition (some browsers send one) writes nothing again.
    textarea.dispatchEvent(new Event("input"));
    expect(deltas).toHaveLength(2);
  });

  it("writes a composition that is still open when the field goes away", () => {
    const { text, textarea, unbind } = boundNote("");
    textarea.focus();
    const from = textarea.compositionStart();
    textarea.compositionUpdate(from, "", "ni");
    unbind();
    expect(text.toJSON()).toBe("ni");
  });

  it("undoes and redoes only the user's own typing, never a partner's", () => {
    const { doc, text, textarea } = boundNote("Huur");
    textarea.focus();
    textarea.setSelectionRange(4, 4);
    textarea.type(" achterstand");
    remoteChange(doc, (t) => t.insert(0, "Politie: "));
    expect(textarea.history("historyUndo")).toBe(true);
    expect(text.toJSON()).toBe("Politie: Huur");
    expect(textarea.value).toBe("Politie: Huur");
    expect(textarea.selectionStart).toBe(13);
    textarea.history("historyRedo");
    expect(textarea.value).toBe("Politie: Huur achterstand");
    textarea.history("historyUndo");
    textarea.history("historyUndo");
    expect(textarea.value).toBe("Politie: Huur");
  });

  it("follows a change of the Y.Text made by other local code", () => {
    const { text, textarea } = boundNote("abc");
    text.insert(3, "d");
    expect(textarea.value).toBe("abcd");
  });

  it("does not write into a Y.Text with an embed, whose positions the textarea cannot show", () => {
    const { text, textarea } = boundNote("");
    text.insertEmbed(0, { image: "x" });
    text.insert(1, "abc");
    textarea.focus();
    textarea.setSelectionRange(3, 3);
    textarea.type("!");
    expect(text.toJSON()).toBe("abc");
    expect(textarea.value).toBe("abc");
  });

  it("keeps both partners' text when two people type into the same note at the same time", () => {
    const a = boundNote("Huisvesting: ");
    const b = boundNote("", new Y.Doc());
    sync(a.doc, b.doc);
    expect(b.textarea.value).toBe("Huisvesting: ");
    a.textarea.focus();
    a.textarea.setSelectionRange(13, 13);
    b.textarea.focus();
    b.textarea.setSelectionRange(13, 13);
    for (const word of ["huur", "achterstand"]) {
      a.textarea.type(`${word} `);
      b.textarea.type(`${word.toUpperCase()} `);
      // Exchanged now and then, as the websocket does, with typing in between.
      if (word === "huur") sync(a.doc, b.doc);
    }
    sync(a.doc, b.doc);
    for (const side of [a, b]) {
      expect(side.textarea.value).toBe(side.text.toJSON());
      expect(side.textarea.value).toContain("huur");
      expect(side.textarea.value).toContain("achterstand");
      expect(side.textarea.value).toContain("HUUR");
      expect(side.textarea.value).toContain("ACHTERSTAND");
    }
    expect(a.text.toJSON()).toBe(b.text.toJSON());
    // Each person's words stay together: the caret stayed in front of the other's text.
    expect(a.text.toJSON()).toMatch(/huur achterstand|HUUR ACHTERSTAND/);
  });
});
