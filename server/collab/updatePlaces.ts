/**
 * Where an incoming update would change a document, in terms a write policy can judge: for each
 * struct it adds and each struct it deletes, the root type and the key of the root map's entry it
 * lies under. A Yjs update does not say this directly: a struct names its parent only when it has
 * no neighbour, otherwise it inherits the parent of the struct it was inserted next to, which may be
 * in the document or earlier in the same update. Parts the document already has are skipped, as
 * Yjs skips them; a part whose place cannot be found (its neighbour or deleted range is unknown to
 * the server) makes the answer `null`, which a policy treats as a refusal. An added map entry that
 * holds plain values (JSON, as an answer with its `setBy` is) also says its own key and values, and
 * a deleted map entry its key and what it held, so a policy can judge what is written or taken
 * away, not only where.
 */
import * as Y from "yjs";
import { rangeAt } from "./clockRanges.js";
import type { DecodedUpdate } from "./updateCheck.js";

/** A place in a document: a root type and, for entries of a root map, the entry's key. */
export interface UpdatePlace {
  readonly root: string;
  /** The root map's key the change lies under; null for root arrays and texts. */
  readonly key: string | null;
  /** For an added map entry holding plain values: its own key (in whichever map) and values. */
  readonly entry?: AddedEntry;
  /** For a deleted map entry (in whichever map): its key and what it held. */
  readonly removed?: RemovedEntry;
}

/**
 * A map entry an update adds with plain values, e.g. `setBy` in a nested map. `values` are all the
 * item holds: a map reads the last, but a crafted item may hold several.
 */
export interface AddedEntry {
  readonly key: string;
  readonly values: readonly unknown[];
}

/** A map entry an update deletes, e.g. a leefgebied's `history`, or a root map's whole entry. */
export interface RemovedEntry {
  readonly key: string;
  /** Whether it is an entry of the root map itself (the place's `key`), not of a nested map. */
  readonly inRoot: boolean;
  /** Whether it held a nested type (a map, an array, a text) rather than plain values. */
  readonly heldType: boolean;
}

type Struct = DecodedUpdate["structs"][number];

/**
 * Whether the struct is an item holding plain values, which a map reads as an entry's value: JSON
 * (as `Y.Map.set` writes it, or the older encoding) or an embed, which a crafted update may use.
 */
export function holdsPlainValue(struct: Struct): struct is Y.Item {
  return (
    struct instanceof Y.Item &&
    (struct.content instanceof Y.ContentAny ||
      struct.content instanceof Y.ContentJSON ||
      struct.content instanceof Y.ContentEmbed)
  );
}

/** The plain values an item holding them adds (one for a map entry, several in an array). */
export function plainValues(item: Y.Item): readonly unknown[] {
  return (item.content as Y.ContentAny | Y.ContentJSON | Y.ContentEmbed).getContent();
}

/** The places an update would add to or delete from `doc`; null when one cannot be placed. */
export function placesOfUpdate(doc: Y.Doc, decoded: DecodedUpdate): UpdatePlace[] | null {
  const placer = new Placer(doc, decoded.structs);
  const places: UpdatePlace[] = [];
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue; // GC and Skip carry no content.
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const place = placer.placeOf(struct);
    if (!place) return null;
    const entry = holdsPlainValue(struct) ? placer.entryOf(struct) : undefined;
    places.push(entry ? { ...place, entry } : place);
    // A map entry written where the map holds a value replaces it: that value is taken away.
    const replaced = placer.valueReplacedBy(struct);
    if (replaced) {
      const at = placer.placeOf(replaced);
      if (!at) return null;
      places.push(withRemoved(at, replaced));
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const range of ranges) {
      const deleted = placesDeleted(doc, placer, client, range.clock, range.len);
      if (!deleted) return null;
      places.push(...deleted);
    }
  }
  return places;
}

/**
 * Finds places, remembering those of the update's items: a long run of edits (a sync step 2 after
 * working offline) is a chain of neighbours, walked once and without recursion.
 */
class Placer {
  private readonly inUpdate: Map<number, Struct[]>;
  private readonly known = new Map<Y.Item, UpdatePlace | null>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly Struct[],
  ) {
    this.inUpdate = indexByClient(structs);
  }

  /** The item with `id`, from the document or else from the update. */
  lookup(id: Y.ID): Y.Item | null {
    const struct = itemInDoc(this.doc, id) ?? structInUpdate(this.inUpdate, id);
    return struct instanceof Y.Item ? struct : null;
  }

  /** Whether the update itself holds the struct with `id` (an item, or a GC of deleted content). */
  inThisUpdate(id: Y.ID): Struct | null {
    return structInUpdate(this.inUpdate, id);
  }

  /**
   * The map entry an added item holding plain values is: its key and values. A map entry names its
   * key when it is the key's first value; a later one only names the value it replaces (its
   * origin), so the key is that value's. Undefined for an element of an array (no key).
   */
  entryOf(item: Y.Item): AddedEntry | undefined {
    const values = plainValues(item);
    const walked = new Set<Y.Item>();
    for (let current: Y.Item | null = item; current !== null && !walked.has(current);) {
      if (current.parentSub !== null) return { key: current.parentSub, values };
      // Parent written without a key (an array's element), or nothing to follow: no entry.
      if (current.parent !== null || current.origin === null) return undefined;
      walked.add(current);
      current = this.lookup(current.origin);
    }
    return undefined;
  }

  /**
   * The value of the document an added map entry replaces: the value its map holds now under its
   * key, if any. Yjs decides at integration which of several writes of a key wins, so every live
   * value under the key counts as replaced, whichever neighbour the item names.
   */
  valueReplacedBy(item: Y.Item): Y.Item | null {
    const walked = new Set<Y.Item>();
    for (let current: Y.Item | null = item; current !== null && !walked.has(current);) {
      const parent: unknown = current.parent;
      const key = current.parentSub;
      if (key !== null && parent !== null) {
        const live = this.entriesOf(parent)?.get(key) ?? null;
        return live !== null && !live.deleted ? live : null;
      }
      // Written without its map: it is an entry of the map of the value it was set after.
      if (parent !== null || current.origin === null) return null;
      walked.add(current);
      current = this.lookup(current.origin);
    }
    return null;
  }

  /**
   * The keyed entries (last write per key) of the type a parent names, if the document has that
   * type: a root type, or a nested type the document holds.
   */
  private entriesOf(parent: unknown): Map<string, Y.Item> | null {
    if (parent instanceof Y.AbstractType) return (parent as Y.AbstractType<unknown>)._map;
    if (typeof parent === "string") return this.doc.share.get(parent)?._map ?? null;
    if (!(parent instanceof Y.ID)) return null;
    const holder = itemInDoc(this.doc, parent);
    return holder && holder.content instanceof Y.ContentType ? holder.content.type._map : null;
  }

  /** The place of an item of the document or of the update; null when it cannot be found. */
  placeOf(item: Y.Item): UpdatePlace | null {
    const chain = new Set<Y.Item>();
    let place: UpdatePlace | null = null;
    for (let current: Y.Item | null = item; current !== null;) {
      const remembered = this.known.get(current);
      if (remembered !== undefined || chain.has(current)) {
        place = remembered ?? null;
        break;
      }
      const parent: unknown = current.parent;
      if (parent instanceof Y.AbstractType) {
        place = placeOfIntegrated(current, parent);
        break;
      }
      if (typeof parent === "string") {
        place = { root: parent, key: current.parentSub };
        break;
      }
      chain.add(current);
      if (parent instanceof Y.ID) {
        // A child of a nested type lies where the item holding that type lies.
        const holder = this.lookup(parent);
        current = holder && holder.content instanceof Y.ContentType ? holder : null;
      } else {
        // No parent written: the item lies where the neighbour it was inserted next to lies.
        const neighbour: Y.ID | null = current.origin ?? current.rightOrigin;
        current = neighbour ? this.lookup(neighbour) : null;
      }
    }
    for (const walked of chain) this.known.set(walked, place);
    return place;
  }
}

/** The place of an integrated item: climb nested types up to the root. */
function placeOfIntegrated(item: Y.Item, parent: Y.AbstractType<unknown>): UpdatePlace {
  let top = item;
  let type = parent;
  while (type._item !== null) {
    top = type._item;
    type = top.parent as Y.AbstractType<unknown>;
  }
  return { root: Y.findRootTypeKey(type), key: top.parentSub };
}

/** Places of the not yet deleted items in a deleted range; null if part of it is unknown. */
function placesDeleted(
  doc: Y.Doc,
  placer: Placer,
  client: number,
  clock: number,
  len: number,
): UpdatePlace[] | null {
  const places: UpdatePlace[] = [];
  const end = clock + len;
  const known = Math.min(end, Y.getState(doc.store, client));
  if (clock < known) {
    const structs = doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
      const struct = structs[i];
      if (!struct || struct.id.clock >= known) break;
      if (!(struct instanceof Y.Item) || struct.deleted) continue;
      const place = placer.placeOf(struct);
      if (!place) return null;
      places.push(withRemoved(place, struct));
    }
  }
  // The rest must be created by this same update (its items are placed above).
  for (let at = Math.max(clock, known); at < end;) {
    const struct = placer.inThisUpdate(Y.createID(client, at));
    if (!struct || struct instanceof Y.Skip) return null;
    at = struct.id.clock + struct.length;
  }
  return places;
}

/** The place of an item of the document being taken away, with what it was if a map entry. */
function withRemoved(place: UpdatePlace, item: Y.Item): UpdatePlace {
  if (item.parentSub === null) return place;
  const parent = item.parent;
  const removed: RemovedEntry = {
    key: item.parentSub,
    inRoot: parent instanceof Y.AbstractType && parent._item === null,
    heldType: item.content instanceof Y.ContentType,
  };
  return { ...place, removed };
}

/** The item of the document containing `id`, if the document has it. */
function itemInDoc(doc: Y.Doc, id: Y.ID): Y.Item | null {
  if (id.clock >= Y.getState(doc.store, id.client)) return null;
  const struct = Y.getItem(doc.store, id);
  return struct instanceof Y.Item ? struct : null;
}

/** The struct of the update containing `id`, if the update has it. */
function structInUpdate(index: Map<number, Struct[]>, id: Y.ID): Struct | null {
  const structs = index.get(id.client) ?? [];
  return (
    rangeAt(
      structs,
      id.clock,
      (s) => s.id.clock,
      (s) => s.length,
    ) ?? null
  );
}

/** The update's structs per client, in clock order (as an update lists them). */
function indexByClient(structs: readonly Struct[]): Map<number, Struct[]> {
  const index = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = index.get(struct.id.client);
    if (list) list.push(struct);
    else index.set(struct.id.client, [struct]);
  }
  return index;
}
