/**
 * Keeps the trail's anchored head (trailHead.ts) following the entries that are on disk, without
 * a write per entry: the trail reports each synced batch with `advance`, and the anchor is
 * rewritten at most once per interval (and once more at `close`, at shutdown). It may lag behind
 * the trail by up to an interval; it is never ahead of it, because it only ever names a head that
 * was reported after its batch was synced.
 */
import { errorFacts, type Log } from "../log.js";
import { writeTrailHead, type TrailHead } from "./trailHead.js";

/** How often the anchor is rewritten at most. */
export const HEAD_ANCHOR_INTERVAL_MS = 1_000;

/** Writes the anchor file; tests replace it to count the writes. */
export type HeadWriter = (dir: string, head: TrailHead) => Promise<void>;

/** The anchor of one trail directory. */
export class HeadAnchor {
  /** The newest head known to be synced to disk. */
  private durable: TrailHead | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private lastWriteAt = Number.NEGATIVE_INFINITY;

  /** `anchoredSeq`: the seq the anchor on disk names already (0 for none). */
  constructor(
    private readonly dir: string,
    private readonly log: Log,
    private anchoredSeq: number,
    private readonly writeHead: HeadWriter = writeTrailHead,
    private readonly intervalMs = HEAD_ANCHOR_INTERVAL_MS,
  ) {}

  /** Notes that every entry up to `head` is synced to disk; the anchor follows within the interval. */
  advance(head: TrailHead): void {
    this.durable = head;
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.write());
    }, wait);
    // The anchor never keeps the process alive; `close` writes what is left at shutdown.
    this.timer.unref();
  }

  /** Writes the newest synced head now if the anchor is behind it, and waits for every write. */
  async close(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(() => this.write());
    await this.writing;
  }

  private async write(): Promise<void> {
    const head = this.durable;
    if (head === null || head.seq <= this.anchoredSeq) return;
    this.lastWriteAt = Date.now();
    try {
      await this.writeHead(this.dir, head);
      this.anchoredSeq = head.seq;
    } catch (err: unknown) {
      // The old anchor stays: behind the trail, which is safe; the next batch tries again.
      this.log.error(errorFacts(err), "audit: writing the head anchor failed");
    }
  }
}
