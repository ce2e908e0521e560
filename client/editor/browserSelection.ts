/**
 * Keeps the editor's caret where the browser shows it. ProseMirror learns where the browser put
 * the caret (a click, the End key) from the `selectionchange` event, and Chromium now and then
 * sends none, for instance for the click that focuses the editor. The caret then blinks on the
 * clicked line while the editor still holds its old place, and whatever the editor does itself
 * (Enter, Ctrl+Shift+A, the toolbar) acts there: a new action lands paragraphs away from the line
 * the user clicked. So after every click and key, and before the editor handles a key, the
 * browser's selection is compared with what it was after the editor last drew; when the browser
 * moved it since and the editor did not follow, the editor adopts it.
 */
import { Extension } from "@tiptap/core";
import {
  Plugin,
  PluginKey,
  TextSelection,
  type EditorState,
  type Selection,
} from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** The plugin's key, for tests and debugging. */
export const browserSelectionKey = new PluginKey("browserSelection");

/** Where the browser's selection was, as plain DOM points. */
interface DomPoints {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

/** The browser's selection in the editor's document, as plain DOM points. */
function domPoints(view: EditorView): DomPoints {
  const selection = view.dom.ownerDocument.getSelection();
  return {
    anchorNode: selection?.anchorNode ?? null,
    anchorOffset: selection?.anchorOffset ?? 0,
    focusNode: selection?.focusNode ?? null,
    focusOffset: selection?.focusOffset ?? 0,
  };
}

function samePoints(a: DomPoints, b: DomPoints): boolean {
  return (
    a.anchorNode === b.anchorNode &&
    a.anchorOffset === b.anchorOffset &&
    a.focusNode === b.focusNode &&
    a.focusOffset === b.focusOffset
  );
}

/** True when `node` is editable text of the editor, not a control in a node view or a caret. */
function inEditableText(view: EditorView, node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  if (element === null || !view.dom.contains(element)) return false;
  return element.closest('[contenteditable="false"]') === null;
}

/**
 * The selection the browser shows, in document positions, or null when it is not in editable
 * text of this editor (then ProseMirror's own reading stands).
 */
function shownSelection(view: EditorView, points: DomPoints): Selection | null {
  const { anchorNode, focusNode } = points;
  if (anchorNode === null || focusNode === null) return null;
  if (!inEditableText(view, anchorNode) || !inEditableText(view, focusNode)) return null;
  try {
    const { doc } = view.state;
    // Bias 1, as ProseMirror reads a DOM selection itself.
    const anchor = doc.resolve(view.posAtDOM(anchorNode, points.anchorOffset, 1));
    const head = doc.resolve(view.posAtDOM(focusNode, points.focusOffset, 1));
    return TextSelection.between(anchor, head);
  } catch {
    // A DOM position ProseMirror does not map (in the middle of an update): left to ProseMirror.
    return null;
  }
}

/** Follows the browser's selection for one editor view. */
class SelectionFollower {
  /** The browser's selection right after the editor last drew. */
  private drawn: DomPoints;

  constructor(private readonly view: EditorView) {
    this.drawn = domPoints(view);
    view.dom.ownerDocument.addEventListener("mouseup", this.afterPointer);
  }

  /**
   * After an update that changed the selection or the document the editor drew its selection:
   * what the browser shows now is the editor's own. (Other updates draw nothing: a browser move
   * not yet read must stay visible as a move.)
   */
  update(view: EditorView, previous: EditorState): void {
    if (previous.selection.eq(view.state.selection) && previous.doc.eq(view.state.doc)) return;
    this.drawn = domPoints(view);
  }

  destroy(): void {
    this.view.dom.ownerDocument.removeEventListener("mouseup", this.afterPointer);
  }

  /** Anywhere in the page: a drag may end outside the editor. */
  private readonly afterPointer = (): void => {
    this.adopt();
  };

  /** Adopts the browser's selection when it moved since the editor drew and differs from it. */
  adopt(): void {
    const { view } = this;
    if (view.isDestroyed || view.composing || !view.hasFocus()) return;
    const points = domPoints(view);
    if (samePoints(points, this.drawn)) return;
    const shown = shownSelection(view, points);
    if (shown === null || shown.eq(view.state.selection)) return;
    view.dispatch(view.state.tr.setSelection(shown));
  }
}

/** The extension; every prose editor has it, ahead of every keyboard shortcut. */
export const BrowserSelection = Extension.create({
  name: "browserSelection",
  priority: 10_000,

  addProseMirrorPlugins() {
    let follower: SelectionFollower | null = null;
    return [
      new Plugin({
        key: browserSelectionKey,
        view: (view) => {
          follower = new SelectionFollower(view);
          return follower;
        },
        props: {
          // Never handles the key: it only puts the caret right for the handler that does.
          handleKeyDown: () => {
            follower?.adopt();
            return false;
          },
          handleDOMEvents: {
            // A caret key the browser handled itself (End, the arrows) moved it without a word.
            keyup: () => {
              follower?.adopt();
              return false;
            },
          },
        },
      }),
    ];
  },
});
