/**
 * The slash command: typing "/actie" at the end of a line and pressing Enter replaces the typed
 * command with a new action item. Runs before the action node's and StarterKit's Enter handling.
 */
import { Extension } from "@tiptap/core";

/** The text that, followed by Enter, inserts an action item. */
export const ACTION_SLASH_COMMAND = "/actie";

/** True when `textBefore` (a line up to the cursor) ends in the command as a word of its own. */
export function endsWithSlashCommand(textBefore: string, command = ACTION_SLASH_COMMAND): boolean {
  if (!textBefore.endsWith(command)) return false;
  const before = textBefore.slice(0, -command.length);
  return before === "" || /\s$/.test(before);
}

/** The extension; the plan editor adds it together with the action item node. */
export const SlashActionCommand = Extension.create({
  name: "slashActionCommand",
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      Enter: () => {
        const { state } = this.editor;
        const { $from, empty } = state.selection;
        if (!empty || !$from.parent.isTextblock) return false;
        const textBefore = $from.parent.textBetween(0, $from.parentOffset, undefined, "\ufffc");
        if (!endsWithSlashCommand(textBefore)) return false;
        return this.editor
          .chain()
          .deleteRange({ from: $from.pos - ACTION_SLASH_COMMAND.length, to: $from.pos })
          .insertActionItem()
          .run();
      },
    };
  },
});
