/**
 * Editing a live document counts as activity of the editor's session, as an HTTP request does.
 * Someone writing the plan for half an hour sends no HTTP request, and their session would end in
 * the middle of a sentence. Only changes count, not presence: an open tab renews its awareness by
 * itself, and an unattended laptop must still time out.
 */
import type { CollabExtension } from "../collab/types.js";
import type { SessionService } from "./sessions.js";

/** The collaboration extension that keeps the sessions of people editing alive. */
export function sessionActivityExtension(sessions: SessionService): CollabExtension {
  return {
    name: "session-activity",
    async onChange({ editors }) {
      for (const sessionId of new Set(editors.map((editor) => editor.sessionId))) {
        await sessions.noteActivity(sessionId);
      }
    },
  };
}
