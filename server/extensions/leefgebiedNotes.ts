/**
 * Prepares every leefgebieden document when the server loads it, so that its notes can be typed
 * into by several partners at once: each leefgebied gets its entry map with a Y.Text note, and a
 * note an older version stored as a plain string becomes that Y.Text's text
 * (`prepareLeefgebiedNotes`, shared/docs/leefgebiedenDoc.ts).
 *
 * Why here: a nested Y.Text must have one creator. The collaboration server loads a document once
 * and shares it (documentRegistry.ts), and `onLoad` runs inside that load, before any client is
 * sent the document; the change is an ordinary server-side transaction, stored and broadcast like
 * any other. After a reload everything is prepared already and the document is left alone.
 */
import { prepareLeefgebiedNotes } from "../../shared/docs/leefgebiedenDoc.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension } from "../collab/types.js";

/** The extension that prepares leefgebieden documents on load. */
export const leefgebiedNotesExtension: CollabExtension = {
  name: "leefgebiedNotes",
  onLoad({ docName, doc }) {
    const name = parseDocName(docName);
    if (name?.type === "case" && name.kind === "leefgebieden") prepareLeefgebiedNotes(doc);
  },
};
