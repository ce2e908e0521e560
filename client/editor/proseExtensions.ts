/**
 * The Tiptap extensions of a collaborative prose document (casusanalyse, plan van aanpak):
 * StarterKit without its own undo history (Collaboration brings y-undo, which tracks only this
 * client's changes, so remote edits never enter the local undo stack) and without the trailing
 * node (it would write to the shared document merely by opening it), Collaboration bound to the
 * fragment shared/docs/proseDoc.ts names, carets for everyone present, and the caret kept where
 * the browser shows it (browserSelection.ts), and Escape to leave the text (escapeLeavesEditor.ts).
 */
import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import StarterKit from "@tiptap/starter-kit";
import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { PROSE_FIELD } from "../../shared/docs/proseDoc.js";
import type { AwarenessUser } from "../../shared/wire/messages.js";
import { ActionItemNode } from "./actionItem/ActionItemNode.js";
import { BrowserSelection } from "./browserSelection.js";
import { EscapeLeavesEditor } from "./escapeLeavesEditor.js";
import type { ActionItemContextSource } from "./actionItem/actionItemContext.js";
import { isSafeHref, SAFE_LINK_REL } from "./pasteSanitiser.js";
import { SlashActionCommand } from "./slashCommand.js";

/** What the extensions are bound to. `actions` adds the action item node and its slash command. */
export interface ProseExtensionOptions {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: AwarenessUser;
  actions: ActionItemContextSource | null;
}

/** The extension list for one prose editor. */
export function proseExtensions(options: ProseExtensionOptions): AnyExtension[] {
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      undoRedo: false,
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        HTMLAttributes: { rel: SAFE_LINK_REL, target: null },
        isAllowedUri: (url) => isSafeHref(url),
      },
    }),
    Collaboration.configure({ document: options.doc, field: PROSE_FIELD }),
    CollaborationCaret.configure({ provider: options.provider, user: options.user }),
    BrowserSelection,
    EscapeLeavesEditor,
  ];
  if (options.actions !== null) {
    extensions.push(ActionItemNode.configure({ context: options.actions }), SlashActionCommand);
  }
  return extensions;
}
