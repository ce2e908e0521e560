/** Edits a prose document (analyse, plan) the way the editor does: text in paragraphs of `body`. */
import * as Y from "yjs";
import { PROSE_FIELD, readProseText } from "../../shared/docs/proseDoc.js";

/** Appends a paragraph holding `text`; returns its text, to type more into. */
export function addParagraph(doc: Y.Doc, text: string): Y.XmlText {
  const paragraph = new Y.XmlElement("paragraph");
  const run = new Y.XmlText();
  paragraph.insert(0, [run]);
  doc.transact(() => {
    doc.getXmlFragment(PROSE_FIELD).push([paragraph]);
    run.insert(0, text);
  });
  return run;
}

/** The document's plain text, paragraph by paragraph. */
export function proseTextOf(doc: Y.Doc): string {
  return readProseText(doc).value;
}
