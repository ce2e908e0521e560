/**
 * Binds a textarea to a Y.Text, live, both ways.
 *
 *   local input   → the textarea's value is compared with what it showed before (`shown`); only
 *                   the difference is written, as one delete and one insert (shared/docs/textDiff.ts)
 *                   in one transaction whose origin is the binding.
 *   remote change → the textarea gets the Y.Text's new content; its caret and selection are carried
 *                   through the event's delta (textDelta.ts), so they stay among the same characters.
 *   composition   → while an input method composes (Japanese, Chinese, dead keys on some systems),
 *                   nothing is written and remote changes are held back: changing the value would
 *                   cancel the composition. At `compositionend` the composed text is written once,
 *                   rebased onto the held-back changes, and the textarea catches up.
 *   undo / redo   → taken over from the browser (whose own history is gone once a remote change
 *                   sets the value) by a Y.UndoManager that tracks only this binding's writes, so
 *                   Ctrl+Z takes back the user's own typing, never a partner's.
 *
 * A Y.Text with embeds (only a misbehaving client writes them) has positions the textarea does not
 * show; it is shown but not written to.
 */
import * as Y from "yjs";
import { diffText, isNoChange } from "../../shared/docs/textDiff.js";
import { caretAfterRebase, mapPosition, rebaseChange, type Delta } from "./textDelta.js";

/** What the binding uses of a textarea (a test can provide it without a DOM). */
export interface BindableTextarea {
  value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly selectionDirection: "forward" | "backward" | "none";
  setSelectionRange(start: number, end: number, direction?: "forward" | "backward" | "none"): void;
  scrollTop: number;
  readonly ownerDocument: { readonly activeElement: unknown };
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** Moves a selection of the text the textarea showed onto the text it is about to show. */
type PlaceSelection = (start: number, end: number) => { start: number; end: number };

/** Binds `textarea` to `text` until the returned function is called. */
export function bindTextarea(textarea: BindableTextarea, text: Y.Text): () => void {
  const binding = new TextareaBinding(textarea, text);
  return () => binding.destroy();
}

/** One textarea bound to one Y.Text (see the module header). */
export class TextareaBinding {
  /** The text the textarea showed when it last matched the Y.Text (before `heldBack`). */
  private shown: string;
  private composing = false;
  /** Remote changes received during a composition, not shown yet. */
  private heldBack: Delta[] = [];
  private readonly undoManager: Y.UndoManager;

  constructor(
    private readonly textarea: BindableTextarea,
    private readonly text: Y.Text,
  ) {
    this.shown = text.toJSON();
    this.show(this.shown, null);
    this.undoManager = new Y.UndoManager(text, { trackedOrigins: new Set([this]) });
    textarea.addEventListener("beforeinput", this.onBeforeInput);
    textarea.addEventListener("input", this.onInput);
    textarea.addEventListener("compositionstart", this.onCompositionStart);
    textarea.addEventListener("compositionend", this.onCompositionEnd);
    text.observe(this.onTextChange);
  }

  /** Stops the binding; a composition still open is written first, so it is not lost. */
  destroy(): void {
    if (this.composing) {
      this.composing = false;
      this.writeLocal();
    }
    this.textarea.removeEventListener("beforeinput", this.onBeforeInput);
    this.textarea.removeEventListener("input", this.onInput);
    this.textarea.removeEventListener("compositionstart", this.onCompositionStart);
    this.textarea.removeEventListener("compositionend", this.onCompositionEnd);
    this.text.unobserve(this.onTextChange);
    this.undoManager.destroy();
  }

  private readonly onBeforeInput = (event: Event): void => {
    const type = (event as Partial<InputEvent>).inputType;
    if (type !== "historyUndo" && type !== "historyRedo") return;
    event.preventDefault();
    if (this.composing) return;
    if (type === "historyUndo") this.undoManager.undo();
    else this.undoManager.redo();
  };

  private readonly onInput = (event: Event): void => {
    if (this.composing || (event as Partial<InputEvent>).isComposing === true) return;
    this.writeLocal();
  };

  private readonly onCompositionStart = (): void => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (): void => {
    this.composing = false;
    this.writeLocal();
  };

  private readonly onTextChange = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
    if (transaction.origin === this) return;
    if (this.composing) {
      this.heldBack.push(event.delta);
      return;
    }
    const next = this.text.toJSON();
    const delta = event.delta;
    this.show(next, (start, end) => {
      // A collapsed caret stays in front of text inserted right at it (the other person's text
      // goes after it, so the user's own next keystrokes stay together); a selection does not
      // grow to take in text inserted at its edges.
      if (start === end) {
        const caret = mapPosition(start, delta, "before");
        return { start: caret, end: caret };
      }
      const mappedStart = mapPosition(start, delta, "after");
      return { start: mappedStart, end: Math.max(mappedStart, mapPosition(end, delta, "before")) };
    });
    this.shown = next;
  };

  /** Writes what the user changed since `shown`, then lets the textarea catch up if it must. */
  private writeLocal(): void {
    const value = this.textarea.value;
    const caret = { start: this.textarea.selectionStart, end: this.textarea.selectionEnd };
    const change = diffText(this.shown, value, caret.end);
    const heldBack = this.heldBack;
    this.heldBack = [];
    if (isNoChange(change) && heldBack.length === 0) return;
    if (!this.isWritable()) {
      // Refused: the textarea goes back to the document's text.
      const next = this.text.toJSON();
      this.show(next, null);
      this.shown = next;
      return;
    }
    if (heldBack.length === 0) {
      this.transact(() => {
        if (change.remove > 0) this.text.delete(change.index, change.remove);
        if (change.insert !== "") this.text.insert(change.index, change.insert);
      });
      this.shown = value;
      return;
    }
    const rebased = rebaseChange(change, heldBack);
    this.transact(() => {
      for (const range of rebased.removals) this.text.delete(range.start, range.end - range.start);
      if (rebased.insert !== "") this.text.insert(rebased.insertAt, rebased.insert);
    });
    const next = this.text.toJSON();
    this.show(next, (start, end) => ({
      start: caretAfterRebase(start, change, heldBack, rebased),
      end: caretAfterRebase(end, change, heldBack, rebased),
    }));
    this.shown = next;
  }

  /** True when every position of the Y.Text is a character the textarea shows. */
  private isWritable(): boolean {
    return this.text.length === this.text.toJSON().length;
  }

  private transact(write: () => void): void {
    if (this.text.doc) this.text.doc.transact(write, this);
    else write();
  }

  /**
   * Puts `next` in the textarea. When it has focus, `place` moves the selection it had onto the
   * new text (the browser would put the caret at the end); the scroll position is kept either way.
   */
  private show(next: string, place: PlaceSelection | null): void {
    const { textarea } = this;
    if (textarea.value === next) return;
    const focused = textarea.ownerDocument.activeElement === textarea;
    const { selectionStart, selectionEnd, selectionDirection, scrollTop } = textarea;
    textarea.value = next;
    if (focused && place !== null) {
      const { start, end } = place(selectionStart, selectionEnd);
      textarea.setSelectionRange(start, end, selectionDirection);
    }
    textarea.scrollTop = scrollTop;
  }
}
