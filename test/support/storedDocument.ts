/**
 * Reading what a collaboration server stored, straight from its files, as a restart (or a
 * crash) would find it.
 */
import { readdir, readFile } from "node:fs/promises";
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

/** Every file of a directory, name → contents (base64): a byte-for-byte picture of it. */
export async function filesIn(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    files[name] = (await readFile(join(dir, name))).toString("base64");
  }
  return files;
}
