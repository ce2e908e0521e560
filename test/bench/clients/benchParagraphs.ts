/**
 * Where the editing workloads write: in paragraphs of the prose fragment that holds a casusanalyse
 * or plan van aanpak (`body`), as the editor does, since our server takes content under a case
 * document's own top-level types only. Each writer owns a paragraph marked with its name; every
 * server gets the same writes.
 */
import * as Y from "yjs";
import { PROSE_FIELD } from "../../../shared/docs/proseDoc.js";

/** The attribute that marks a paragraph as a workload's own. */
const MARK = "data-bench";

/** The document's prose fragment. */
export function proseOf(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(PROSE_FIELD);
}

/** The workload's paragraph named `name`, if the document holds it. */
export function findParagraph(doc: Y.Doc, name: string): Y.XmlElement | undefined {
  for (const child of proseOf(doc).toArray()) {
    if (child instanceof Y.XmlElement && child.getAttribute(MARK) === name) return child;
  }
  return undefined;
}

/** Appends a paragraph named `name` holding one empty text run, in one update. */
export function addParagraph(doc: Y.Doc, name: string): Y.XmlElement {
  const paragraph = new Y.XmlElement("paragraph");
  doc.transact(() => {
    proseOf(doc).push([paragraph]);
    paragraph.setAttribute(MARK, name);
    paragraph.insert(0, [new Y.XmlText()]);
  });
  return paragraph;
}

/** The text run of a workload's paragraph. */
export function textOf(paragraph: Y.XmlElement): Y.XmlText {
  const run = paragraph.get(0);
  if (!(run instanceof Y.XmlText)) throw new Error("a bench paragraph holds one text run");
  return run;
}
