/**
 * Checking the audit trail: numbering and hash chain from the first entry on, one line at a time,
 * against the anchored head (trailHead.ts). The walk stops at the first entry that is changed,
 * missing, out of place or unreadable and names its place; the anchor shows what the chain alone
 * cannot, that the newest lines were removed.
 */
import { join } from "node:path";
import type { AuditChainCheck, AuditLinePlace } from "../../shared/api/audit.js";
import type { AuditEntry } from "./auditEvent.js";
import { GENESIS_HASH, hashEntry } from "./entryHash.js";
import { parseStoredEntry } from "./storedEntry.js";
import {
  headOrNull,
  keyedRead,
  readTrailHead,
  type AnchorKey,
  type TrailHead,
} from "./trailHead.js";
import { linesBackward, linesForward, lineNumbersAt, monthFiles } from "./trailFiles.js";

/** Where the walk stopped: the entries before it hold; what stands at `firstBadLine` breaks it. */
interface ChainBreak {
  checked: number;
  firstBadLine: AuditLinePlace;
  /** Set when the line there is an entry numbered past `checked + 1`: the lines between are gone. */
  missingTo: number | null;
}

/**
 * Checks the trail in `dir`. `live` when the trail is in use: a last line still being written is
 * then left for the next check. The anchor is read before the files: every entry it names was on
 * disk before it was written, so a walk that starts after it must find them all.
 */
export async function checkAuditChain(
  dir: string,
  live = false,
  key: AnchorKey = null,
): Promise<AuditChainCheck> {
  const read = await readTrailHead(dir, key);
  // An anchor not signed with the key vouches for nothing: the walk goes without it.
  const head = headOrNull(read);
  const walk = await walkChain(dir, live, head);
  const newest = (await newestEntry(dir, live))?.entry.seq ?? 0;
  const anchorUnsigned = keyedRead(read, key, newest > 0) === "unsigned";
  const newestMissing = head !== null && newest < head.seq;
  const anchoredSeq = head?.seq ?? null;
  if (typeof walk === "object") {
    const { checked, firstBadLine, missingTo } = walk;
    const missing = missingTo === null ? null : { fromSeq: checked + 1, toSeq: missingTo };
    return {
      ok: false,
      checked,
      firstBadSeq: checked + 1,
      firstBadLine,
      missing,
      anchoredSeq,
      newestMissing,
      anchorUnsigned,
      anchorKeyed: key !== null,
    };
  }
  if (newestMissing) {
    // The chain holds to its end, but the end lies before the head the anchor saw written.
    const missing = { fromSeq: walk + 1, toSeq: head.seq };
    return {
      ok: false,
      checked: walk,
      firstBadSeq: walk + 1,
      firstBadLine: null,
      missing,
      anchoredSeq,
      newestMissing,
      anchorUnsigned,
      anchorKeyed: key !== null,
    };
  }
  return {
    ok: !anchorUnsigned,
    checked: walk,
    firstBadSeq: null,
    firstBadLine: null,
    missing: null,
    anchoredSeq,
    newestMissing,
    anchorUnsigned,
    anchorKeyed: key !== null,
  };
}

/** Checks numbering and the hash chain; returns the seq of the first broken entry, or null. */
export async function verifyAuditChain(dir: string): Promise<number | null> {
  return (await checkAuditChain(dir)).firstBadSeq;
}

/** The number of entries that hold, or where the chain breaks. */
async function walkChain(
  dir: string,
  live: boolean,
  head: TrailHead | null,
): Promise<number | ChainBreak> {
  const files = await monthFiles(dir);
  let prev = GENESIS_HASH;
  let seq = 0;
  for (const name of files) {
    const path = join(dir, name);
    const complete = !live || name !== files.at(-1);
    for await (const line of linesForward(path, { complete })) {
      const entry = parseStoredEntry(line.text);
      // The chain holds up to `seq`; whatever stands where seq + 1 belongs breaks it (a changed
      // line, the line after removed ones, an unreadable line). At the anchored head, the entry
      // must be the one the anchor saw: else the chain up to it was written anew.
      if (
        entry === null ||
        !follows(entry, seq, prev) ||
        (head !== null && entry.seq === head.seq && entry.hash !== head.hash)
      ) {
        const lineNumber = (await lineNumbersAt(path, [line.start])).get(line.start) ?? 0;
        // An intact entry numbered past seq + 1 shows how many entries were there before it.
        const skipped = entry !== null && entry.seq > seq + 1 && hashHolds(entry);
        return {
          checked: seq,
          firstBadLine: { file: name, line: lineNumber },
          missingTo: skipped ? entry.seq - 1 : null,
        };
      }
      prev = entry.hash;
      seq = entry.seq;
    }
  }
  return seq;
}

/** Whether `entry` is the one after entry `seq` with hash `prev`, and its own hash is right. */
function follows(entry: AuditEntry, seq: number, prev: string): boolean {
  return entry.seq === seq + 1 && entry.prevHash === prev && hashHolds(entry);
}

/** Whether an entry's hash is the hash of its content. */
function hashHolds(entry: AuditEntry): boolean {
  const { hash, ...rest } = entry;
  return hashEntry(rest) === hash;
}

/** The newest readable entry of the trail and how many damaged lines follow it. */
export interface NewestEntry {
  entry: AuditEntry;
  /** Damaged lines after it (at the end of the trail). */
  damagedAfter: number;
}

/**
 * The newest entry that can be read, from the end of the newest file back, so that start-up and
 * the check need not read the whole trail. Damaged lines after it are counted, not returned.
 */
export async function newestEntry(dir: string, live: boolean): Promise<NewestEntry | undefined> {
  const files = await monthFiles(dir);
  let damagedAfter = 0;
  for (const name of [...files].reverse()) {
    const complete = !live || name !== files.at(-1);
    for await (const line of linesBackward(join(dir, name), { complete })) {
      const entry = parseStoredEntry(line.text);
      if (entry !== null) return { entry, damagedAfter };
      damagedAfter++;
    }
  }
  return undefined;
}
