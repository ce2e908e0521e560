/**
 * Keeps the editor's caret where the browser shows it. ProseMirror learns where the browser put
 * the caret (a click, the End key) from the `selectionchange` event, and Chromium now and then
 * sends none, for instance for the click that focuses the editor. The caret then blinks on the
 * clicked line while the editor still holds its old place, and whatever the editor does itself
 * (Enter, Ctrl+Shift+A, the toolbar) acts there: a new action lands paragraphs away from the line
 * the user clicked. So at the end of every click, and before the editor handles a key, the
 * browser's selection is read once more and adopted when it differs.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type Selection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";

/** The plugin's key, for tests and debugging. */
export const browserSelectionKey = new PluginKey("browserSelection");

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
function shownSelection(view: EditorView): Selection | null {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (selection === null || anchorNode == null || focusNode == null) return null;
  if (!inEditableText(view, anchorNode) || !inEditableText(view, focusNode)) return null;
  try {
    const { doc } = view.state;
    // Bias 1, as ProseMirror reads a DOM selection itself.
    const anchor = doc.resolve(view.posAtDOM(anchorNode, selection.anchorOffset, 1));
    const head = doc.resolve(view.posAtDOM(focusNode, selection.focusOffset, 1));
    return TextSelection.between(anchor, head);
  } catch {
    // A DOM position ProseMirror does not map (in the middle of an update): left to ProseMirror.
    return null;
  }
}

/** Adopts the browser's selection when the editor holds a different text selection. */
function adoptShownSelection(view: EditorView): void {
  if (view.isDestroyed || view.composing || !view.hasFocus()) return;
  // A node or gap selection is ProseMirror's own answer to a click; it stands.
  if (!(view.state.selection instanceof TextSelection)) return;
  const shown = shownSelection(view);
  if (shown === null || shown.eq(view.state.selection)) return;
  view.dispatch(view.state.tr.setSelection(shown).setMeta("pointer", true));
}

/** The extension; every prose editor has it, ahead of every keyboard shortcut. */
export const BrowserSelection = Extension.create({
  name: "browserSelection",
  priority: 10_000,

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: browserSelectionKey,
        props: {
          // Never handles the key: it only puts the caret right for the handler that does.
          handleKeyDown: (view) => {
            adoptShownSelection(view);
            return false;
          },
          handleDOMEvents: {
            mouseup: (view) => {
              adoptShownSelection(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
