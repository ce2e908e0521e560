/**
 * The anchored head of the audit trail: the number and hash of the newest entry, kept in a small
 * file of its own (`audit-head.json`) beside the month files. The hash chain alone cannot show that
 * the newest lines were removed (what is left is still a valid chain); the anchor can, as long as it
 * is never ahead of what the trail holds. So it is only written for entries already synced to disk,
 * and replaced atomically (temp file, fsync, rename, fsync of the directory): after a crash it
 * holds the old head or the new one, never a torn one.
 */
import { open, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { syncDirectory } from "./trailFiles.js";

/** The name of the anchor file in the trail's directory (not a month file: no `.jsonl`). */
export const TRAIL_HEAD_FILE = "audit-head.json";

const TrailHeadSchema = z.object({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The newest entry the trail is known to hold: its number and hash. */
export type TrailHead = z.infer<typeof TrailHeadSchema>;

/** The anchor as found on disk: a head, none yet, or a file that cannot be read as one. */
export type TrailHeadRead = TrailHead | "none" | "unreadable";

/** Reads the anchored head of the trail in `dir`. */
export async function readTrailHead(dir: string): Promise<TrailHeadRead> {
  let text: string;
  try {
    text = await readFile(join(dir, TRAIL_HEAD_FILE), "utf8");
  } catch (err: unknown) {
    if (err instanceof Error && "code" in err && err.code === "ENOENT") return "none";
    return "unreadable";
  }
  try {
    const parsed = TrailHeadSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** The head when the anchor holds one, else null. */
export function headOrNull(read: TrailHeadRead): TrailHead | null {
  return typeof read === "object" ? read : null;
}

/** Replaces the anchor with `head`; call only once every entry up to it is synced to disk. */
export async function writeTrailHead(dir: string, head: TrailHead): Promise<void> {
  const temp = join(dir, `${TRAIL_HEAD_FILE}.tmp`);
  const file = await open(temp, "w");
  try {
    await file.writeFile(JSON.stringify({ seq: head.seq, hash: head.hash }) + "\n");
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, join(dir, TRAIL_HEAD_FILE));
  await syncDirectory(dir);
}
