/**
 * Applying a client's incremental `update` message (sync type 2) without Yjs encoding it again.
 * A Y.Doc with an 'update' listener encodes every transaction anew after applying it; for an
 * update a client made locally, the bytes it sent already describe the change, so the live
 * document stores and relays those bytes instead (Yjs updates are idempotent: any part the
 * server already had is harmless to store or send again).
 *
 * The bytes stand for the transaction only when nothing was pending before: otherwise structs
 * from earlier updates may integrate in this transaction too, and Yjs's own encoding is used.
 * A sync step 2 is not incremental (it can carry a whole offline history, mostly known), so it
 * never takes this path.
 */
import * as Y from "yjs";

/** The doc 'update' listener of the live document, called for whatever Yjs encodes. */
export type UpdateListener = (update: Uint8Array, origin: unknown) => void;

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

/**
 * Applies `update` with `origin`. Returns true when the caller must store and relay `update`
 * itself (it changed the document or is waiting for missing structs); false when there was
 * nothing to do or `listener` already received Yjs's encoding of the change.
 */
export function applyIncrementalUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
  listener: UpdateListener,
): boolean {
  if (hasPending(doc)) {
    Y.applyUpdate(doc, update, origin);
    return false;
  }
  // A holder, so the type checker sees the assignment made inside the callback.
  const applied: { transaction: Y.Transaction | null } = { transaction: null };
  doc.off("update", listener);
  try {
    doc.transact((transaction) => {
      applied.transaction = transaction;
      Y.applyUpdate(doc, update, origin);
    }, origin);
  } catch (error) {
    doc.on("update", listener);
    // Whatever was integrated before the failure must still be stored and relayed.
    const partial = applied.transaction;
    if (partial && transactionChanged(partial)) {
      listener(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(partial.beforeState)), origin);
    }
    throw error;
  }
  doc.on("update", listener);
  const { transaction } = applied;
  return transaction !== null && (transactionChanged(transaction) || hasPending(doc));
}
