/**
 * Checks on incoming Yjs updates before they touch a document: a full decode (so a malformed
 * update is refused before any part of it is applied) and, for read-only connections, whether
 * the update would change anything. A read-only client legitimately sends a `sync step 2` on
 * every connect, and that always carries its whole delete set, so "non-empty" is not the test.
 */
import * as Y from "yjs";
import { rangeAt } from "./clockRanges.js";

/** The decoded form of an update, as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Decodes an update completely; throws if any part of it is malformed. */
export function decodeUpdateStrict(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update);
}

/** True when applying `decoded` to `doc` would add content or delete something not yet deleted. */
export function updateChangesDocument(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  if (decoded.ds.clients.size === 0) return false;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of decoded.ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    for (const range of ranges) {
      if (range.len > 0 && !isCovered(known, range.clock, range.len)) return true;
    }
  }
  return false;
}

/** Whether `[clock, clock+len)` lies inside one range of a sorted, merged range list. */
function isCovered(
  ranges: readonly { clock: number; len: number }[],
  clock: number,
  len: number,
): boolean {
  const range = rangeAt(
    ranges,
    clock,
    (r) => r.clock,
    (r) => r.len,
  );
  return range !== undefined && clock + len <= range.clock + range.len;
}
