/**
 * The audit trail's files: one JSON-lines file per month (`audit-yyyy-mm.jsonl`), each line one
 * entry. Lines are read in fixed-size chunks, forwards or backwards, so a reader holds one chunk
 * and one line in memory, never a whole month. A file is read up to its size when opened: lines
 * appended meanwhile are left for the next reader. The newest file may end in a line still being
 * written; a caller that reads a live trail passes `complete: false` for it, so that unfinished
 * tail is skipped instead of taken for a broken entry. Each line comes with the byte offset it
 * starts at, so that a damaged line can be named by its place (file and line number) without
 * repeating what it holds.
 */
import { open, readdir, type FileHandle } from "node:fs/promises";

/** Bytes read per chunk. */
const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

/** How to read one file. */
export interface LineReadOptions {
  /** False when the file may still be appended to: a last line without newline is skipped. */
  complete: boolean;
  /** Bytes per read; tests make it small to cross chunk borders. */
  chunkBytes?: number;
}

/** One line of a file: its text and the byte offset it starts at (to name its place). */
export interface TrailLine {
  text: string;
  start: number;
}

/** The trail's month files, oldest first. */
export async function monthFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /^audit-.*\.jsonl$/.test(f)).sort();
}

/** The month (yyyy-mm) a file's name gives, or null for a name of another form. */
export function monthOfFile(name: string): string | null {
  return /^audit-(\d{4}-\d{2})\.jsonl$/.exec(name)?.[1] ?? null;
}

/** The non-empty lines of a file, first to last. */
export async function* linesForward(
  path: string,
  options: LineReadOptions,
): AsyncGenerator<TrailLine, void, undefined> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    let pending: Buffer = Buffer.alloc(0);
    // Where `pending` starts in the file.
    let start = 0;
    for (let position = 0; position < size;) {
      const chunk = await readAt(file, position, Math.min(chunkBytes, size - position));
      if (chunk.length === 0) break;
      position += chunk.length;
      let buffer: Buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      // A newline byte never occurs inside a multi-byte UTF-8 character, so bytes split safely.
      for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE)) {
        if (end > 0) yield { text: buffer.toString("utf8", 0, end), start };
        buffer = buffer.subarray(end + 1);
        start += end + 1;
      }
      pending = buffer;
    }
    if (pending.length > 0 && options.complete) yield { text: pending.toString("utf8"), start };
  } finally {
    await file.close();
  }
}

/** The non-empty lines of a file, last to first. */
export async function* linesBackward(
  path: string,
  options: LineReadOptions,
): AsyncGenerator<TrailLine, void, undefined> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
    // The bytes after the file's last newline: empty, or a line without newline.
    let atTail = true;
    const take = (line: Buffer, start: number): TrailLine | null => {
      const keep = line.length > 0 && (!atTail || options.complete);
      atTail = false;
      return keep ? { text: line.toString("utf8"), start } : null;
    };
    let pending: Buffer = Buffer.alloc(0);
    for (let end = size; end > 0;) {
      const start = Math.max(0, end - chunkBytes);
      const chunk = await readAt(file, start, end - start);
      end = start;
      // `buffer` starts at `start` in the file.
      let buffer: Buffer = pending.length > 0 ? Buffer.concat([chunk, pending]) : chunk;
      for (let nl = buffer.lastIndexOf(NEWLINE); nl !== -1; nl = buffer.lastIndexOf(NEWLINE)) {
        const line = take(buffer.subarray(nl + 1), start + nl + 1);
        if (line !== null) yield line;
        buffer = buffer.subarray(0, nl);
      }
      pending = buffer;
    }
    const first = take(pending, 0);
    if (first !== null) yield first;
  } finally {
    await file.close();
  }
}

/** The first line of a file, or undefined when it has none (complete). */
export async function firstLine(
  path: string,
  options: LineReadOptions,
): Promise<TrailLine | undefined> {
  for await (const line of linesForward(path, options)) return line;
  return undefined;
}

/**
 * Cuts a last line that has no newline (a write the process did not finish before it died) off
 * the file, so the next entry starts on a line of its own. Returns how many bytes it cut.
 */
export async function cutUnfinishedLine(path: string): Promise<number> {
  const file = await open(path, "r+");
  try {
    const { size } = await file.stat();
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - CHUNK_BYTES);
      const chunk = await readAt(file, start, end - start);
      const nl = chunk.lastIndexOf(NEWLINE);
      if (nl !== -1) {
        end = start + nl + 1;
        break;
      }
      end = start;
    }
    if (end < size) await file.truncate(end);
    return size - end;
  } finally {
    await file.close();
  }
}

/**
 * The line numbers (1-based, counting every line of the file as an editor does) of the lines that
 * start at `offsets`, in one pass over the file up to the last of them. Only for naming the place
 * of a damaged line, so it is not on any hot path.
 */
export async function lineNumbersAt(
  path: string,
  offsets: readonly number[],
  chunkBytes = CHUNK_BYTES,
): Promise<Map<number, number>> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const numbers = new Map<number, number>();
  const file = await open(path, "r");
  try {
    let newlines = 0;
    let position = 0;
    for (const offset of sorted) {
      while (position < offset) {
        const chunk = await readAt(file, position, Math.min(chunkBytes, offset - position));
        if (chunk.length === 0) break;
        for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
          newlines++;
        }
        position += chunk.length;
      }
      numbers.set(offset, newlines + 1);
    }
  } finally {
    await file.close();
  }
  return numbers;
}

/**
 * Makes the directory's entries durable (a file created or renamed in it), so that after a crash
 * a file whose content was synced is also found under its name.
 */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `position`; fewer only when the file is shorter. */
async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
