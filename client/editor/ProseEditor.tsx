/**
 * A collaborative prose editor (casusanalyse or plan van aanpak) bound to an open document. The
 * editor is created once per document and user, and follows a change of access in place. Tiptap's
 * own <style> injection is off because the CSP forbids inline style blocks (casePage.css carries
 * the editor styles).
 */
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useState } from "react";
import type { CollabSession } from "../collab/collabSession.js";
import { useCollabSnapshot } from "../collab/useCollabDocument.js";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import { messages } from "../i18n/messages.js";
import { ActionItemContextSource, type ActionItemContext } from "./actionItem/actionItemContext.js";
import { EditorToolbar } from "./EditorToolbar.js";
import { LEAVE_EDITOR_KEY } from "./escapeLeavesEditor.js";
import { sanitizePastedHtml } from "./pasteSanitiser.js";
import { proseExtensions } from "./proseExtensions.js";

const t = messages.caseWorkspace.editor;

/** Performance mark set once a page first has an editable, synced editor (read by the benchmark). */
export const EDITABLE_MARK = "casustafel:editable";

/** Props: the open document, who edits, whether it is read-only, and (plan only) action context. */
export interface ProseEditorProps {
  session: CollabSession;
  user: AwarenessUser;
  label: string;
  readOnly: boolean;
  actions: ActionItemContext | null;
}

/** The editable element's attributes: its name and role, and whether it is read-only. */
function editorAttributes(label: string, readOnly: boolean): Record<string, string> {
  return {
    class: "cw-prose",
    "aria-label": readOnly ? t.readOnlyEditorLabel(label) : t.editorLabel(label),
    "aria-multiline": "true",
    "aria-readonly": String(readOnly),
    "aria-keyshortcuts": LEAVE_EDITOR_KEY,
    "aria-description": t.editorKeys,
    role: "textbox",
  };
}

/** The toolbar and the editor; `actions` makes it the plan editor. */
export function ProseEditor({ session, user, label, readOnly, actions }: ProseEditorProps) {
  // The action context follows the case through one source, so the editor need not be rebuilt.
  const [source] = useState(() => (actions === null ? null : new ActionItemContextSource(actions)));
  useEffect(() => {
    if (source !== null && actions !== null) source.set(actions);
  }, [source, actions]);
  // Built once per document and user: access and the team can change while the page is open (a
  // partner set to read-only or added, a case closed), and rebuilding then would drop the caret,
  // what is being typed and the undo history.
  const editor = useEditor(
    {
      extensions: proseExtensions({
        doc: session.doc,
        provider: session.provider,
        user,
        actions: source,
      }),
      editable: !readOnly,
      injectCSS: false,
      editorProps: {
        attributes: editorAttributes(label, readOnly),
        transformPastedHTML: sanitizePastedHtml,
      },
    },
    [session, source, user.name, user.organisation, user.color],
  );

  // Options only, never the view: the view may not be mounted yet, right after the editor is built.
  useEffect(() => {
    if (editor === null || editor.isDestroyed) return;
    editor.setOptions({
      editable: !readOnly,
      editorProps: { ...editor.options.editorProps, attributes: editorAttributes(label, readOnly) },
    });
  }, [editor, readOnly, label]);

  const connected = useCollabSnapshot(session).state.kind === "connected";
  useEffect(() => {
    if (editor === null || readOnly || !connected) return;
    if (performance.getEntriesByName(EDITABLE_MARK).length === 0) performance.mark(EDITABLE_MARK);
  }, [editor, readOnly, connected]);

  if (editor === null) return null;
  return (
    <div className="cw-editor">
      {!readOnly && <EditorToolbar editor={editor} plan={actions !== null} />}
      {!readOnly && actions !== null && <p className="muted cw-hint">{t.slashHint}</p>}
      <EditorContent editor={editor} />
    </div>
  );
}
