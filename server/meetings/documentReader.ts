/**
 * Uses a live document on the server for a moment: opens it through the collaboration server,
 * reads or changes it, releases it.
 */
import type * as Y from "yjs";
import type { DocumentHandle } from "../collab/types.js";

/** Opens a document for server-side use (the collaboration server's `openDocument`). */
export type DocumentOpener = (docName: string) => Promise<DocumentHandle>;

/** Runs `use` on the named document and releases it again, also when `use` throws. */
export async function withDocument<T>(
  open: DocumentOpener,
  docName: string,
  use: (doc: Y.Doc) => T,
): Promise<T> {
  const handle = await open(docName);
  try {
    return use(handle.doc);
  } finally {
    handle.release();
  }
}
