/**
 * Edits a document held but the server had not confirmed when the session was found to be gone:
 * per document name, a whole-document update, given back to the document when the same user opens
 * it after signing in again; Yjs merges it like any edit made offline (client/session/keptForUser.ts).
 */
import { keptForUser } from "../session/keptForUser.js";

/** This tab's kept edits, by document name. */
export const unsavedEdits = keptForUser<Uint8Array>();
