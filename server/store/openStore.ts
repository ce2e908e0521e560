/**
 * Opens the metadata store: lowdb over an adapter (a JSON file in DATA_DIR, or memory in unit
 * tests). lowdb's file adapter writes atomically (temp file + rename) and serialises writes. A file
 * that cannot be read or parsed stops start-up with a clear message and is never overwritten.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Low, Memory, type Adapter } from "lowdb";
import { JSONFile } from "lowdb/node";
import { checkStoreShape, emptyStoreData, type StoreData } from "./schema.js";
import { Store } from "./store.js";

/** The metadata file name inside DATA_DIR. */
export const STORE_FILE = "casustafel.json";

/** Raised when the store file exists but cannot be used; start-up stops on it. */
export class StoreOpenError extends Error {}

/** Opens (or creates) the store file in `dataDir`. `created` tells whether it did not exist yet. */
export async function openFileStore(dataDir: string): Promise<{ store: Store; created: boolean }> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, STORE_FILE);
  return openStore(new JSONFile<StoreData>(file), file);
}

/** Opens an in-memory store (unit tests). */
export async function openMemoryStore(): Promise<Store> {
  return (await openStore(new Memory<StoreData>(), "memory")).store;
}

async function openStore(
  adapter: Adapter<StoreData>,
  where: string,
): Promise<{ store: Store; created: boolean }> {
  let data: StoreData | null;
  try {
    data = await adapter.read();
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreOpenError(
      `The store file ${where} cannot be read (${reason}). It was left untouched; restore it from a backup or move it away.`,
    );
  }
  const created = data === null;
  if (data !== null) {
    const problem = checkStoreShape(data);
    if (problem) {
      throw new StoreOpenError(
        `The store file ${where} is not a valid Casustafel store: ${problem}. It was left untouched.`,
      );
    }
  }
  const db = new Low<StoreData>(adapter, emptyStoreData());
  db.data = data ?? emptyStoreData();
  if (created) await db.write();
  return { store: new Store(db), created };
}
