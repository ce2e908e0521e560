/**
 * The smallest change between two versions of a plain text, as one delete and one insert at one
 * place, and writing it into a Y.Text. Writing only what changed (not the whole string) is what
 * lets two people type into the same Y.Text at once: everything the writer did not touch keeps
 * its identity, so the other person's concurrent insertions still have their place.
 */
import * as Y from "yjs";

/** Replace `remove` UTF-16 code units at `index` with `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/** True for the first half of a UTF-16 surrogate pair (an emoji is two code units). */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a UTF-16 surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The change that turns `before` into `after`: their common prefix and suffix are kept. With
 * `caret` (where the caret is in `after` right after the user's edit), an edit among repeated
 * characters is placed where the user made it: typing "a" between the two a's of "aa" inserts at
 * 1. Without it, such an edit is placed as late as possible. The change never splits a surrogate
 * pair.
 */
export function diffText(before: string, after: string, caret?: number): TextChange {
  const shorter = Math.min(before.length, after.length);
  let prefix: number;
  let suffix: number;
  if (caret === undefined) {
    prefix = commonPrefix(before, after, shorter);
    suffix = commonSuffix(before, after, shorter - prefix);
  } else {
    // The edit ends at the caret (typing, pasting) or starts there (delete key), so the kept
    // suffix is never longer than the text after the caret.
    suffix = commonSuffix(before, after, Math.min(shorter, Math.max(0, after.length - caret)));
    prefix = commonPrefix(before, after, shorter - suffix);
  }
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Length of the common start of `a` and `b`, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** True when the change leaves the text as it is. */
export function isNoChange(change: TextChange): boolean {
  return change.remove === 0 && change.insert === "";
}

/** Makes `text` read `next` by writing only the difference (in the caller's transaction, if any). */
export function replaceText(text: Y.Text, next: string): void {
  const change = diffText(text.toJSON(), next);
  if (isNoChange(change)) return;
  const write = () => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert !== "") text.insert(change.index, change.insert);
  };
  if (text.doc) text.doc.transact(write);
  else write();
}

/** True for a Y.Text holding plain text (not rich XML text, which has its own editor). */
export function isPlainText(value: unknown): value is Y.Text {
  return value instanceof Y.Text && !(value instanceof Y.XmlText);
}
