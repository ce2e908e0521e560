/** Reads a live document on the server: opens it through the collaboration server, reads, releases. */
import type * as Y from "yjs";
import type { DocumentHandle } from "../collab/types.js";

/** Opens a document for server-side reading (the collaboration server's `openDocument`). */
export type DocumentOpener = (docName: string) => Promise<DocumentHandle>;

/** Runs `read` on the named document and releases it again, also when `read` throws. */
export async function readDocument<T>(
  open: DocumentOpener,
  docName: string,
  read: (doc: Y.Doc) => T,
): Promise<T> {
  const handle = await open(docName);
  try {
    return read(handle.doc);
  } finally {
    handle.release();
  }
}
