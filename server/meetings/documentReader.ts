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

/** Where a best-effort change that failed is reported. */
export interface WarnLog {
  warn(fields: object, message: string): void;
}

/**
 * Best effort: runs `use` on the named document like `withDocument`, but never throws. A failure
 * is logged as `message` with `fields` and the error's name (never its text, which may hold
 * personal data). For announcements in live documents: what they announce has happened either way,
 * and open pages learn it at their next load.
 */
export async function tryWithDocument(
  open: DocumentOpener,
  docName: string,
  use: (doc: Y.Doc) => void,
  log: WarnLog | undefined,
  failure: { message: string; fields: object },
): Promise<void> {
  try {
    await withDocument(open, docName, use);
  } catch (error) {
    const errorName = error instanceof Error ? error.name : "unknown";
    log?.warn({ ...failure.fields, errorName }, failure.message);
  }
}
