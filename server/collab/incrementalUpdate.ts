/**
 * Applying clients' incremental `update` messages (sync type 2) in one transaction, without Yjs
 * encoding them again. A Y.Doc with an 'update' listener encodes every transaction anew after
 * applying it, and each transaction computes the state vector twice and merges delete sets; for
 * updates clients made locally, the bytes they sent already describe the change, so the live
 * document applies a batch of them in one transaction and stores and relays those bytes
 * (Yjs updates are idempotent: any part the server already had is harmless to store or send).
 *
 * The bytes stand for the transaction only when nothing is pending before or after it: otherwise
 * structs from earlier updates may integrate in it too, or some of the batch stays pending, and the
 * live document no longer equals a replay of the bytes. Then Yjs's own encoding of what was
 * integrated is stored, exactly as a plain y-websocket server would (pending parts are stored when
 * they integrate). A sync step 2 is not incremental (it can carry a whole
 * offline history, mostly known), so it never takes this path.
 */
import * as Y from "yjs";

/** The doc 'update' listener of the live document, called for whatever Yjs encodes. */
export type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** The outcome of applying a batch. */
export interface BatchResult {
  /** Indexes of the batch's updates whose own bytes the caller must store and relay. */
  storeIndexes: number[];
  /** Origins whose update failed to apply (their sockets are closed); the rest was applied. */
  failed: unknown[];
}

/** True when the transaction deleted something or added structs. */
function transactionChanged(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) {
    if (transaction.beforeState.get(client) !== clock) return true;
  }
  return false;
}

function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/** Applies `updates[i]` with `origins[i]`, each in its own transaction (Yjs encodes each). */
function applyOneByOne(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origins: readonly unknown[],
): BatchResult {
  const failed: unknown[] = [];
  updates.forEach((update, i) => {
    try {
      Y.applyUpdate(doc, update, origins[i]);
    } catch {
      failed.push(origins[i]);
    }
  });
  return { storeIndexes: [], failed };
}

/**
 * Applies a batch of incremental updates in order. The caller stores and relays the updates named
 * by `storeIndexes` as they are; `listener` receives whatever else must be stored.
 */
export function applyIncrementalUpdates(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origins: readonly unknown[],
  listener: UpdateListener,
): BatchResult {
  if (hasPending(doc)) return applyOneByOne(doc, updates, origins);
  // A holder, so the type checker sees the assignment made inside the callback.
  const applied: { transaction: Y.Transaction | null } = { transaction: null };
  const failed: unknown[] = [];
  doc.off("update", listener);
  try {
    doc.transact((transaction) => {
      applied.transaction = transaction;
      updates.forEach((update, i) => {
        try {
          Y.applyUpdate(doc, update, origins[i]);
        } catch {
          failed.push(origins[i]);
        }
      });
    }, origins[0]);
  } finally {
    doc.on("update", listener);
  }
  const { transaction } = applied;
  if (transaction === null || !transactionChanged(transaction)) return { storeIndexes: [], failed };
  if (failed.length === 0 && !hasPending(doc)) {
    return { storeIndexes: updates.map((_, i) => i), failed };
  }
  // Part of the batch failed or stays pending: store what the transaction integrated instead.
  listener(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(transaction.beforeState)), null);
  return { storeIndexes: [], failed };
}
