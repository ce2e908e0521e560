/** The formatting toolbar of a prose editor, rendered from EDITOR_COMMANDS. */
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { messages } from "../i18n/messages.js";
import { EDITOR_COMMANDS } from "./editorCommands.js";

const t = messages.caseWorkspace.editor;

/** Buttons for the commands that apply to this editor; disabled when they cannot run. */
export function EditorToolbar({ editor, plan }: { editor: Editor; plan: boolean }) {
  const commands = EDITOR_COMMANDS.filter((c) => plan || c.planOnly !== true);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      commands.map((c) => ({
        active: c.isActive?.(e),
        enabled: e.isEditable && c.canRun(e),
      })),
  });
  return (
    <div className="cw-toolbar" role="toolbar" aria-label={t.toolbar}>
      {commands.map((command, index) => {
        const s = state[index];
        return (
          <button
            key={command.id}
            type="button"
            className={`button cw-toolbar-button${command.planOnly === true ? " cw-toolbar-primary" : ""}`}
            aria-pressed={s?.active}
            aria-keyshortcuts={command.shortcut}
            title={`${command.label} (${command.shortcut.replace("Control", "Ctrl")})`}
            disabled={s?.enabled !== true}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => command.run(editor)}
          >
            {command.label}
          </button>
        );
      })}
    </div>
  );
}
