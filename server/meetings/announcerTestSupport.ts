/** Test support for the announcers, which write a number into an overleg's live document. */
import * as Y from "yjs";
import type { DocumentOpener, WarnLog } from "./documentReader.js";

/** A log that keeps its warnings. */
export function recordingLog(): WarnLog & { warnings: { fields: object; message: string }[] } {
  const warnings: { fields: object; message: string }[] = [];
  return { warnings, warn: (fields, message) => warnings.push({ fields, message }) };
}

/** An opener over one in-memory document that records what was opened and how often released. */
export function recordingOpener(): {
  open: DocumentOpener;
  doc: Y.Doc;
  opened: string[];
  released: () => number;
} {
  const doc = new Y.Doc();
  const opened: string[] = [];
  let released = 0;
  const open: DocumentOpener = (docName) => {
    opened.push(docName);
    return Promise.resolve({ docName, doc, release: () => (released += 1) });
  };
  return { open, doc, opened, released: () => released };
}

/** An opener whose document cannot be opened, failing with a message that names a person. */
export const failingOpener: DocumentOpener = () =>
  Promise.reject(new Error("storage unavailable for Jan Jansen"));
