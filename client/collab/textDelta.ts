/**
 * Positions in a plain text carried through a change someone else made, given as the Y.Text
 * event's delta (retain n / delete n / insert s, relative to the text before the change). A caret
 * keeps its place among the characters around it; a change exactly at a position either pushes it
 * along (`after`) or leaves it in front (`before`).
 */
import type { TextChange } from "../../shared/docs/textDiff.js";

/** One operation of a Y.Text delta; an embed (not a string) counts as one position. */
export interface DeltaOp {
  insert?: unknown;
  retain?: number;
  delete?: number;
}

/** A Y.Text event's delta. */
export type Delta = readonly DeltaOp[];

/** Whether a position stays in front of text inserted exactly there, or moves past it. */
export type Assoc = "before" | "after";

function insertLength(insert: unknown): number {
  return typeof insert === "string" ? insert.length : 1;
}

/** Where `position` (in the text before `delta`) is in the text after it. */
export function mapPosition(position: number, delta: Delta, assoc: Assoc): number {
  let pos = position;
  let old = 0;
  let mapped = 0;
  for (const op of delta) {
    if (op.insert !== undefined) {
      if (old === pos && assoc === "before") return mapped;
      mapped += insertLength(op.insert);
    } else if (op.retain !== undefined) {
      if (pos < old + op.retain) return mapped + (pos - old);
      old += op.retain;
      mapped += op.retain;
    } else if (op.delete !== undefined) {
      // A position inside the deleted run ends up where the run was.
      if (pos <= old + op.delete) pos = old + op.delete;
      old += op.delete;
    }
  }
  return mapped + (pos - old);
}

/** `mapPosition` through several deltas, in the order they happened. */
export function mapThrough(position: number, deltas: readonly Delta[], assoc: Assoc): number {
  return deltas.reduce((pos, delta) => mapPosition(pos, delta, assoc), position);
}

/** A run of characters, `[start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * A local change made to the text as it was before `deltas`, moved onto the text after them:
 * the insert goes where its place went, and only the characters the user removed that still
 * exist are removed (never text others inserted meanwhile). `removals` run back to front.
 */
export interface RebasedChange {
  insertAt: number;
  insert: string;
  removals: TextRange[];
}

/** Moves `change` (made on the text before `deltas`) onto the text after them. */
export function rebaseChange(change: TextChange, deltas: readonly Delta[]): RebasedChange {
  const removals: TextRange[] = [];
  for (let i = change.index; i < change.index + change.remove; i++) {
    const start = mapThrough(i, deltas, "after");
    const end = mapThrough(i + 1, deltas, "before");
    if (end <= start) continue;
    const last = removals[removals.length - 1];
    if (last !== undefined && last.end === start) last.end = end;
    else removals.push({ start, end });
  }
  return {
    insertAt: mapThrough(change.index, deltas, "before"),
    insert: change.insert,
    removals: removals.reverse(),
  };
}

/**
 * Where a caret that stood at `caret` in the user's own text (the old text with `change` made)
 * stands once the change is rebased onto the text after `deltas` and written.
 */
export function caretAfterRebase(
  caret: number,
  change: TextChange,
  deltas: readonly Delta[],
  rebased: RebasedChange,
): number {
  const insertEnd = change.index + change.insert.length;
  if (caret < change.index) return mapThrough(caret, deltas, "before");
  if (caret <= insertEnd) return rebased.insertAt + (caret - change.index);
  const removed = rebased.removals.reduce((n, range) => n + range.end - range.start, 0);
  const old = caret - change.insert.length + change.remove;
  return mapThrough(old, deltas, "before") - removed + change.insert.length;
}
