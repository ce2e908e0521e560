/**
 * The server's part in every leefgebieden document, done when it loads the document:
 *
 * - It prepares the document so that its notes can be typed into by several partners at once:
 *   each leefgebied gets its entry map with a Y.Text note, and a note an older version stored as a
 *   plain string becomes that Y.Text's text (`prepareLeefgebiedNotes`). A nested Y.Text must have
 *   one creator; the collaboration server loads a document once and shares it
 *   (documentRegistry.ts), and `onLoad` runs inside that load, before any client is sent the
 *   document, as an ordinary server-side transaction, stored and broadcast like any other.
 * - It keeps the scores partners replace as the leefgebied's history (`keepReplacedScores`), as
 *   the only writer of it: from then on, each change of a score is followed by a server-side
 *   transaction that records what it replaced, and on which of the server's days a score from a
 *   partner's client arrived (a change by the same writer that day is a correction, whatever
 *   date the client put on it).
 */
import { keepReplacedScores, prepareLeefgebiedNotes } from "../../shared/docs/leefgebiedenDoc.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { CollabExtension } from "../collab/types.js";

/** The extension that prepares leefgebieden documents on load and keeps their score history. */
export const leefgebiedenUpkeepExtension: CollabExtension = {
  name: "leefgebiedenUpkeep",
  onLoad({ docName, doc, isClientOrigin }) {
    const name = parseDocName(docName);
    if (name?.type !== "case" || name.kind !== "leefgebieden") return;
    prepareLeefgebiedNotes(doc);
    keepReplacedScores(doc, { isClientOrigin });
  },
};
