/**
 * Checks on incoming Yjs updates before they touch a document: a full decode (so a malformed
 * update is refused before any part of it is applied) and, for read-only connections, whether
 * the update would change anything. A read-only client legitimately sends a `sync step 2` on
 * every connect, and that always carries its whole delete set, so "non-empty" is not the test.
 */
import * as Y from "yjs";
import type { RootShape } from "../../shared/docs/docRoots.js";

/** The decoded form of an update, as `Y.decodeUpdate` returns it. */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

/** Decodes an update completely; throws if any part of it is malformed. */
export function decodeUpdateStrict(update: Uint8Array): DecodedUpdate {
  return Y.decodeUpdate(update);
}

/**
 * Whether every item of the update that names its parent by a top-level name names one of
 * `roots`, in its shape: a map takes keyed entries, a list unkeyed items. An item written after
 * or before a neighbour carries no parent: it lands in that neighbour's type, which (every earlier
 * update having passed this check) is an allowed place.
 */
export function writesOnlyUnder(
  decoded: DecodedUpdate,
  roots: ReadonlyMap<string, RootShape>,
): boolean {
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    // A decoded update names a top-level parent by its string key (Yjs's lazy struct reader).
    const parent: unknown = struct.parent;
    if (typeof parent !== "string") continue;
    const shape = roots.get(parent);
    if (shape === undefined || (shape === "map") !== (struct.parentSub !== null)) return false;
  }
  return true;
}

/** True when applying `decoded` to `doc` would add content or delete something not yet deleted. */
export function updateChangesDocument(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return true;
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const range of ranges) {
      if (range.len > 0 && !isDeletedAlready(doc, client, range.clock, range.len)) return true;
    }
  }
  return false;
}

/**
 * Whether every struct of `client` in `[clock, clock+len)` is known and deleted. It looks only at
 * the structs in the range (a binary search, then a walk), so a read-only client's messages cost
 * the size of what they name, not the size of the document.
 */
function isDeletedAlready(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  const structs = doc.store.clients.get(client);
  const end = clock + len;
  if (!structs || Y.getState(doc.store, client) < end) return false;
  for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
    const struct = structs[index];
    if (!struct || struct.id.clock >= end) break;
    if (!struct.deleted) return false;
  }
  return true;
}
