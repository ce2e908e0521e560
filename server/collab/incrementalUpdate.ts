/**
 * Applying clients' incremental `update` messages (sync type 2) in one transaction, without Yjs
 * encoding them again. A Y.Doc with an 'update' listener encodes every transaction anew after
 * applying it, and each transaction computes the state vector twice and merges delete sets; for
 * updates clients made locally, the bytes they sent already describe the change, so the live
 * document applies a batch of them in one transaction and stores and relays those bytes
 * (Yjs updates are idempotent: any part the server already had is harmless to store or send).
 *
 * The bytes stand for the transaction only when nothing was pending before: otherwise structs
 * from earlier updates may integrate in it too, and each update is applied on its own, with
 * Yjs's encoding going to the listener. A sync step 2 is not incremental (it can carry a whole
 * offline history, mostly known), so it never takes this path.
 */
import * as Y from "yjs";

/** The doc 'update' listener of the live document, called for whatever Yjs encodes. */
export type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** The outcome of applying a batch. */
export interface BatchResult {
  /** True when the caller must store and relay the batch's own bytes. */
  storeBytes: boolean;
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
  return { storeBytes: false, failed };
}

/**
 * Applies a batch of incremental updates in order. When `storeBytes` is true the caller stores
 * and relays `updates` as they are; otherwise `listener` already received whatever changed.
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
  if (transaction === null || !(transactionChanged(transaction) || hasPending(doc))) {
    return { storeBytes: false, failed };
  }
  if (failed.length === 0) return { storeBytes: true, failed };
  // A failed update may have been applied in part: store what the transaction added instead.
  listener(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(transaction.beforeState)), null);
  return { storeBytes: false, failed };
}
