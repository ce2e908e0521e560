/**
 * Applying clients' incremental `update` messages (sync type 2) in one transaction, without Yjs
 * encoding them again. A Y.Doc with an 'update' listener encodes every transaction anew after
 * applying it, and each transaction computes the state vector twice and merges delete sets; for
 * updates clients made locally, the bytes they sent already describe the change, so the live
 * document applies a batch of them in one transaction and stores and relays those bytes.
 *
 * The bytes are stored in the order they were applied, pending parts included (an update whose
 * dependencies have not arrived yet waits in the document's pending store, and so it does in a
 * replay): a replay of the log applies the same updates in the same order and ends in the same
 * state, pending parts and all. Yjs updates are idempotent, so bytes the document already had are
 * harmless to store or send; a batch that changed nothing, integrated or pending, is not stored.
 * If an update fails to apply after part of it was integrated, that part is stored as Yjs encodes
 * it, and the failed bytes are not (a replay would fail on them too). A sync step 2 is not
 * incremental (it can carry a whole offline history, mostly known), so it never takes this path.
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
  // Yjs replaces the pending bytes (and merges into the same `pendingStructs` object) whenever
  // something is added to or taken from them.
  const pendingBefore = doc.store.pendingStructs?.update;
  const pendingDsBefore = doc.store.pendingDs;
  // A holder, so the type checker sees the assignment made inside the callback.
  const applied: { transaction: Y.Transaction | null } = { transaction: null };
  const failedIndexes: number[] = [];
  doc.off("update", listener);
  try {
    doc.transact((transaction) => {
      applied.transaction = transaction;
      updates.forEach((update, i) => {
        try {
          Y.applyUpdate(doc, update, origins[i]);
        } catch {
          failedIndexes.push(i);
        }
      });
    }, origins[0]);
  } finally {
    doc.on("update", listener);
  }
  const failed = failedIndexes.map((i) => origins[i]);
  const { transaction } = applied;
  const pendingChanged =
    doc.store.pendingStructs?.update !== pendingBefore || doc.store.pendingDs !== pendingDsBefore;
  if (transaction === null || (!transactionChanged(transaction) && !pendingChanged)) {
    return { storeIndexes: [], failed };
  }
  if (failedIndexes.length > 0) {
    // What the failed updates integrated before failing, with the rest of the transaction.
    listener(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(transaction.beforeState)), null);
  }
  const storeIndexes = updates.flatMap((_, i) => (failedIndexes.includes(i) ? [] : [i]));
  return { storeIndexes, failed };
}
