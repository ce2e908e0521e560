/**
 * Appends batches of audit lines to the current month file and makes each durable before it
 * returns. The file stays open between batches: opening and closing it per batch cost more time
 * on the event loop than the write itself, and every document a user opens is a batch of its own.
 * A batch for another month closes the old file and opens the new one; after a failed write the
 * file is closed, so the next batch opens it anew, first cutting off what the failed write may
 * have left of itself (a torn line would break the chain of every entry after it).
 */
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";

/** One open month file. */
interface OpenFile {
  readonly name: string;
  readonly handle: FileHandle;
}

/** The writer of one trail directory; batches must not overlap (the trail writes them in turn). */
export class TrailAppender {
  private file: OpenFile | null = null;
  /** Per month file, its size after the last batch written whole (or as found when opened). */
  private readonly ends = new Map<string, number>();

  constructor(private readonly dir: string) {}

  /** Appends `text` to month file `name` (created if missing) and syncs its data to disk. */
  async append(name: string, text: string): Promise<void> {
    const handle = await this.handleOf(name);
    try {
      await handle.write(text);
      // fdatasync: the data and the file's new size, which is all an append changes.
      await handle.datasync();
    } catch (error) {
      await this.close();
      throw error;
    }
    this.ends.set(name, (this.ends.get(name) ?? 0) + Buffer.byteLength(text));
  }

  /** Closes the open file, if any (at shutdown; the next `append` would open it again). */
  async close(): Promise<void> {
    const file = this.file;
    this.file = null;
    await file?.handle.close().catch(() => undefined);
  }

  private async handleOf(name: string): Promise<FileHandle> {
    if (this.file?.name === name) return this.file.handle;
    await this.close();
    const handle = await open(join(this.dir, name), "a");
    try {
      const { size } = await handle.stat();
      const end = this.ends.get(name);
      // Longer than the batches written whole: a failed write left part of its batch behind.
      if (end !== undefined && size > end) await handle.truncate(end);
      else this.ends.set(name, size);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    this.file = { name, handle };
    return handle;
  }
}
