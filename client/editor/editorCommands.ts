/**
 * Editor commands as data: the toolbar renders this list, and each command runs the same Tiptap
 * command its keyboard shortcut runs, so a button and a shortcut can never drift apart.
 */
import type { Editor } from "@tiptap/core";
import { messages } from "../i18n/messages.js";

const t = messages.caseWorkspace.editor;

/** One toolbar command. */
export interface EditorCommand {
  id: string;
  label: string;
  /** The shortcut as shown to the user (and in aria-keyshortcuts). */
  shortcut: string;
  /** Only in the plan van aanpak (needs the action item node). */
  planOnly?: boolean;
  /** A toggle that is "pressed" for the current selection, else undefined. */
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

/** The toolbar's commands, in display order. */
export const EDITOR_COMMANDS: readonly EditorCommand[] = [
  {
    id: "bold",
    label: t.bold,
    shortcut: "Control+B",
    isActive: (e) => e.isActive("bold"),
    canRun: (e) => e.can().toggleBold(),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    id: "italic",
    label: t.italic,
    shortcut: "Control+I",
    isActive: (e) => e.isActive("italic"),
    canRun: (e) => e.can().toggleItalic(),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    id: "heading",
    label: t.heading,
    shortcut: "Control+Alt+2",
    isActive: (e) => e.isActive("heading", { level: 2 }),
    canRun: (e) => e.can().toggleHeading({ level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: "bulletList",
    label: t.bulletList,
    shortcut: "Control+Shift+8",
    isActive: (e) => e.isActive("bulletList"),
    canRun: (e) => e.can().toggleBulletList(),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: "orderedList",
    label: t.orderedList,
    shortcut: "Control+Shift+7",
    isActive: (e) => e.isActive("orderedList"),
    canRun: (e) => e.can().toggleOrderedList(),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    id: "undo",
    label: t.undo,
    shortcut: "Control+Z",
    canRun: (e) => e.can().undo(),
    run: (e) => e.chain().focus().undo().run(),
  },
  {
    id: "redo",
    label: t.redo,
    shortcut: "Control+Shift+Z",
    canRun: (e) => e.can().redo(),
    run: (e) => e.chain().focus().redo().run(),
  },
  {
    id: "insertAction",
    label: t.insertAction,
    shortcut: "Control+Shift+A",
    planOnly: true,
    canRun: (e) => e.can().insertActionItem(),
    run: (e) => e.chain().focus().insertActionItem().run(),
  },
];
