/**
 * Reading what a collaboration server stored, straight from its files, as a restart (or a
 * crash) would find it.
 */
import { join } from "node:path";
import * as Y from "yjs";
import { FileDocumentStorage } from "../../server/collab/storage/fileDocumentStorage.js";
import type { CollabLogger } from "../../server/collab/types.js";

/** A logger that drops everything. */
export const QUIET_LOGGER: CollabLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** The document `docName` as stored under `<dataDir>/docs`, replayed into a fresh Y.Doc. */
export async function loadStoredDoc(dataDir: string, docName: string): Promise<Y.Doc> {
  const stored = await new FileDocumentStorage(join(dataDir, "docs"), QUIET_LOGGER).load(docName);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}
