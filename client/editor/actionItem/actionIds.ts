/**
 * Action item ids must be unique in a plan and must never travel: the server tracks actions by
 * id, so a copy of an action (paste, duplicate, split) is a new action with a new id. These pure
 * rules decide which action nodes get a fresh id after a change. (An action cut from the plan and
 * pasted back into it is moved, not copied: uniqueIdsPlugin.ts does not count it as pasted.)
 */

/** One action node in the document after a change. */
export interface ActionOccurrence {
  /** Position of the node in the document. */
  pos: number;
  /** Its id attribute (null or empty when missing). */
  id: string | null;
  /** The node lies in a range this change inserted or replaced. */
  inserted: boolean;
  /** The node came in through paste: it may carry an id from this or another plan. */
  pasted: boolean;
}

/** A node that must get a new id. */
export interface ActionIdFix {
  pos: number;
  id: string;
}

/**
 * The nodes that need a new id: those without one, every pasted one, and duplicates. Of the
 * nodes sharing an id, one that existed before the change keeps it (so tracking follows the
 * original, wherever the copy lands); when all are new, the first in the document keeps it.
 */
export function actionIdFixes(
  occurrences: readonly ActionOccurrence[],
  newId: () => string,
): ActionIdFix[] {
  const keepers = new Map<string, ActionOccurrence>();
  const candidates = occurrences.filter((o) => o.id !== null && o.id !== "" && !o.pasted);
  for (const o of candidates) {
    if (!o.inserted && !keepers.has(o.id as string)) keepers.set(o.id as string, o);
  }
  for (const o of candidates) {
    if (!keepers.has(o.id as string)) keepers.set(o.id as string, o);
  }
  return occurrences
    .filter((o) => o.id === null || o.id === "" || keepers.get(o.id) !== o)
    .map((o) => ({ pos: o.pos, id: newId() }));
}

const ID_BYTES = 12;

/** A fresh action id: "act_" and 96 random bits, URL- and file-name safe. */
export function newActionId(): string {
  const bytes = new Uint8Array(ID_BYTES);
  // getRandomValues also works on plain-http origins, where randomUUID is unavailable.
  crypto.getRandomValues(bytes);
  return `act_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
