/**
 * Escape leaves the text: in a prose editor Tab indents a bullet (it belongs to the shared
 * document's structure), so a keyboard user needs another way out. Escape takes the focus off the
 * editor, and the next Tab goes on to what follows it on the page.
 */
import { Extension } from "@tiptap/core";

/** The key that leaves the editor; named in its accessible description. */
export const LEAVE_EDITOR_KEY = "Escape";

/** The extension, in every prose editor. */
export const EscapeLeavesEditor = Extension.create({
  name: "escapeLeavesEditor",

  addKeyboardShortcuts() {
    return {
      // At once, not in the next frame as the blur command does: a Tab pressed right after must
      // not still indent a bullet.
      [LEAVE_EDITOR_KEY]: () => {
        this.editor.view.dom.blur();
        return true;
      },
    };
  },
});
