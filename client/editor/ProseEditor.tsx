/**
 * A collaborative prose editor (casusanalyse or plan van aanpak) bound to an open document. The
 * editor is created once per document and access level; Tiptap's own <style> injection is off
 * because the CSP forbids inline style blocks (casePage.css carries the editor styles).
 */
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import type { CollabSession } from "../collab/collabSession.js";
import { useCollabSnapshot } from "../collab/useCollabDocument.js";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import { messages } from "../i18n/messages.js";
import type { ActionItemContext } from "./actionItem/actionItemContext.js";
import { EditorToolbar } from "./EditorToolbar.js";
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

/** The toolbar and the editor; `actions` makes it the plan editor. */
export function ProseEditor({ session, user, label, readOnly, actions }: ProseEditorProps) {
  const editor = useEditor(
    {
      extensions: proseExtensions({ doc: session.doc, provider: session.provider, user, actions }),
      editable: !readOnly,
      injectCSS: false,
      editorProps: {
        attributes: {
          class: "cw-prose",
          "aria-label": readOnly ? t.readOnlyEditorLabel(label) : t.editorLabel(label),
          "aria-multiline": "true",
          role: "textbox",
        },
        transformPastedHTML: sanitizePastedHtml,
      },
    },
    [session, readOnly, actions, user.name, user.organisation, user.color],
  );

  useEffect(() => {
    if (editor === null) return;
    editor.setEditable(!readOnly);
    editor.view.dom.setAttribute("aria-readonly", String(readOnly));
  }, [editor, readOnly]);

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
