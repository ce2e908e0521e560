/**
 * The persistence boundary of the collaboration server. The embedded implementation keeps an
 * append-only log per document (`fileDocumentStorage.ts`); a server-grade database can replace
 * it by implementing this interface. Yjs updates are idempotent and commutative, so storing an
 * update twice, or replaying a log that a snapshot already covers, is harmless.
 */

/** What `load` returns: every stored update in order, oldest first. */
export interface StoredDocument {
  /** The snapshot (if any) first, then every logged update since it. Empty for a new document. */
  updates: Uint8Array[];
  /** Bytes logged since the last snapshot; the caller compacts when this grows large. */
  logBytes: number;
}

/** Thrown by `load` when stored data exists but cannot be read; the document must not open. */
export class DocumentLoadError extends Error {
  override name = "DocumentLoadError";
}

/** Storage of Yjs documents as a snapshot plus an append-only update log. */
export interface DocumentStorage {
  /** Reads a document; a document that was never written loads as empty. */
  load(docName: string): Promise<StoredDocument>;
  /**
   * Appends updates in order. Once it returns (a store that writes synchronously, like the
   * embedded one, returns nothing) or its promise resolves, they survive a crash of this process
   * (not necessarily a power loss: that is what `flush` is for). Cost is O(size of the updates).
   */
  append(docName: string, updates: readonly Uint8Array[]): void | Promise<void>;
  /** Makes everything appended so far durable (fsync). */
  flush(docName: string): Promise<void>;
  /**
   * Replaces everything appended before this call with `state` (a full-state update).
   * Appends made after the call starts are kept.
   */
  compact(docName: string, state: Uint8Array): Promise<void>;
  /** Flushes and releases resources (file handles) of a document that is being unloaded. */
  close(docName: string): Promise<void>;
  /**
   * Deletes everything stored of a document (its case was destroyed at the end of its retention,
   * or its agenda slot was removed): afterwards it loads as empty. The document must not be loaded by anyone any more.
   */
  remove(docName: string): Promise<void>;
}
