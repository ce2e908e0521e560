/**
 * The anchored head of the audit trail: the number and hash of the newest entry, kept in a small
 * file of its own (`audit-head.json`) beside the month files. The hash chain alone cannot show that
 * the newest lines were removed (what is left is still a valid chain); the anchor can, as long as it
 * is never ahead of what the trail holds. So it is only written for entries already synced to disk,
 * and replaced atomically (temp file, fsync, rename, fsync of the directory): after a crash it
 * holds the old head or the new one, never a torn one.
 *
 * Whoever can write the data directory could still rewrite the whole trail and its anchor alike.
 * With an anchor key (`AUDIT_ANCHOR_KEY`, kept outside the data directory) the anchor carries an
 * HMAC of the head: a trail written anew then shows, since its anchor cannot be signed again
 * without the key.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { syncDirectory } from "./trailFiles.js";

/** The name of the anchor file in the trail's directory (not a month file: no `.jsonl`). */
export const TRAIL_HEAD_FILE = "audit-head.json";

const HEX_256 = /^[0-9a-f]{64}$/;

const TrailHeadSchema = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(HEX_256),
  /** HMAC-SHA256 of `seq:hash` under the anchor key; absent when no key is configured. */
  mac: z.string().regex(HEX_256).optional(),
});

/** The newest entry the trail is known to hold: its number and hash. */
export interface TrailHead {
  seq: number;
  hash: string;
}

/** The secret the anchor is signed with; null when none is configured (an unsigned anchor). */
export type AnchorKey = Buffer | null;

/**
 * The anchor as found on disk: a head, none yet, a file that cannot be read as one, or (with an
 * anchor key) one whose signature is missing or wrong: written without the key.
 */
export type TrailHeadRead = TrailHead | "none" | "unreadable" | "unsigned";

/** The anchor's signature of `head` under `key`. */
function macOf(head: TrailHead, key: Buffer): string {
  return createHmac("sha256", key).update(`${head.seq}:${head.hash}`).digest("hex");
}

/** Whether `mac` is the signature of `head` under `key`. */
function signedBy(head: TrailHead, mac: string | undefined, key: Buffer): boolean {
  return mac !== undefined && timingSafeEqual(Buffer.from(mac), Buffer.from(macOf(head, key)));
}

/** Reads the anchored head of the trail in `dir`, checking its signature when there is a key. */
export async function readTrailHead(dir: string, key: AnchorKey = null): Promise<TrailHeadRead> {
  let text: string;
  try {
    text = await readFile(join(dir, TRAIL_HEAD_FILE), "utf8");
  } catch (err: unknown) {
    if (err instanceof Error && "code" in err && err.code === "ENOENT") return "none";
    return "unreadable";
  }
  let parsed;
  try {
    parsed = TrailHeadSchema.safeParse(JSON.parse(text));
  } catch {
    return "unreadable";
  }
  if (!parsed.success) return "unreadable";
  const head = { seq: parsed.data.seq, hash: parsed.data.hash };
  return key === null || signedBy(head, parsed.data.mac, key) ? head : "unsigned";
}

/**
 * The anchor as read, held to the key's promise: with a key, a trail that holds entries has a
 * signed anchor, so a removed one counts as unsigned.
 */
export function keyedRead(
  read: TrailHeadRead,
  key: AnchorKey,
  holdsEntries: boolean,
): TrailHeadRead {
  return key !== null && read === "none" && holdsEntries ? "unsigned" : read;
}

/** The head when the anchor holds one, else null. */
export function headOrNull(read: TrailHeadRead): TrailHead | null {
  return typeof read === "object" ? read : null;
}

/**
 * Replaces the anchor with `head`, signed when there is a key; call only once every entry up to it
 * is synced to disk.
 */
export async function writeTrailHead(
  dir: string,
  head: TrailHead,
  key: AnchorKey = null,
): Promise<void> {
  const temp = join(dir, `${TRAIL_HEAD_FILE}.tmp`);
  const file = await open(temp, "w");
  try {
    const mac = key === null ? {} : { mac: macOf(head, key) };
    await file.writeFile(JSON.stringify({ seq: head.seq, hash: head.hash, ...mac }) + "\n");
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, join(dir, TRAIL_HEAD_FILE));
  await syncDirectory(dir);
}
