/**
 * The embedded document store: per document a directory `<root>/<docName>/` holding
 *   snapshot-<gen>.ysnap   one frame: the full document state when generation <gen> began
 *   log-<gen>.ylog         frames: every update appended during generation <gen>
 * (framing in `logFrames.ts`). Appends are one synchronous vectored write to the page cache,
 * O(update) and ordered, so an update survives `kill -9` as soon as `append` resolves; `flush`
 * fsyncs (group commit, called at most ~1 s apart by the document). Compaction starts a new
 * generation, writes its snapshot to a temp file, fsyncs, renames, and only then deletes the
 * older generation. Loading takes the newest valid snapshot and replays the logs after it; a
 * torn tail of the newest log is cut off and logged, and the bytes cut off (like the unreadable
 * rest of a damaged older log) are first kept beside it in `<log>.damaged-<time>`, which nothing
 * reads or deletes: a crash tears only the tail, but damage from a failing disk may sit in the
 * middle, and the frames after it are then still there to recover. Stored data that cannot be
 * read makes `load` throw: a damaged document is never silently replaced by an empty one.
 */
import * as fs from "node:fs";
import * as fsp from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import type { CollabLogger } from "../types.js";
import { DocumentLoadError, type DocumentStorage, type StoredDocument } from "./documentStorage.js";
import {
  FILE_HEADER_BYTES,
  LOG_MAGIC,
  SNAPSHOT_MAGIC,
  encodeFileHeader,
  encodeFrameHeader,
  frameAll,
  hasFileHeader,
  scanFrames,
} from "./logFrames.js";
import { isNotFound, listGenerations, logFileName, snapshotFileName } from "./generations.js";

const fsyncFd = promisify(fs.fsync);
const closeFd = promisify(fs.close);

/** Open-file state of one loaded document. */
interface DocFiles {
  dir: string;
  gen: number;
  fd: number | null;
  unsynced: boolean;
  dirUnsynced: boolean;
  /** Serialises flush, compaction and close of this document. */
  queue: Promise<void>;
}

/** Append-only file storage of Yjs documents under one root directory. */
export class FileDocumentStorage implements DocumentStorage {
  private readonly docs = new Map<string, DocFiles>();

  /** `root` is usually `join(dataDir, "docs")`; `docName` must be a validated document name. */
  constructor(
    private readonly root: string,
    private readonly logger: CollabLogger,
  ) {}

  /** The directory of one document. */
  dirOf(docName: string): string {
    return join(this.root, ...docName.split("/"));
  }

  async load(docName: string): Promise<StoredDocument> {
    const dir = this.dirOf(docName);
    const gens = await listGenerations(dir);
    const base = await this.newestValidSnapshot(docName, dir, gens.snapshots);
    const updates: Uint8Array[] = base ? [base.state] : [];
    const baseGen = base?.gen ?? 0;
    const logs = gens.logs.filter((gen) => gen >= baseGen);
    if (!base && (gens.snapshots.length > 0 || gens.logs.length > 0) && gens.logs[0] !== 0) {
      // Without a snapshot the log must be complete from generation 0.
      throw new DocumentLoadError("no readable snapshot and the log is incomplete");
    }
    let logBytes = 0;
    for (const [index, gen] of logs.entries()) {
      const isNewest = index === logs.length - 1;
      const payloads = await this.readLog(docName, join(dir, logFileName(gen)), isNewest);
      for (const payload of payloads) {
        updates.push(payload);
        logBytes += payload.length;
      }
    }
    if (base) await removeGenerationsBefore(dir, gens, base.gen);
    this.docs.set(docName, {
      dir,
      gen: Math.max(baseGen, logs.at(-1) ?? 0),
      fd: null,
      unsynced: false,
      dirUnsynced: false,
      queue: Promise.resolve(),
    });
    return { updates, logBytes };
  }

  /** Synchronous: the updates are in the page cache (safe from `kill -9`) when it returns. */
  append(docName: string, updates: readonly Uint8Array[]): void {
    const files = this.files(docName);
    const fd = files.fd ?? this.openLog(files);
    writeAllSync(fd, frameAll(updates));
    files.unsynced = true;
  }

  flush(docName: string): Promise<void> {
    const files = this.files(docName);
    return this.enqueue(files, () => syncFiles(files));
  }

  compact(docName: string, state: Uint8Array): Promise<void> {
    const files = this.files(docName);
    // Rotate now, synchronously: everything appended before this call is in `state`, everything
    // after it goes to the new generation's log.
    const oldFd = files.fd;
    const oldUnsynced = files.unsynced;
    const gen = files.gen + 1;
    files.gen = gen;
    files.fd = null;
    files.unsynced = false;
    return this.enqueue(files, async () => {
      try {
        await writeSnapshot(files.dir, gen, state);
      } catch (error) {
        // The old log stays the source of truth; make it durable before letting go of it.
        if (oldFd !== null && oldUnsynced) await fsyncFd(oldFd);
        throw error;
      } finally {
        if (oldFd !== null) await closeFd(oldFd);
      }
      await removeGenerationsBefore(files.dir, await listGenerations(files.dir), gen);
    });
  }

  close(docName: string): Promise<void> {
    const files = this.docs.get(docName);
    if (!files) return Promise.resolve();
    return this.enqueue(files, async () => {
      await syncFiles(files);
      if (files.fd !== null) await closeFd(files.fd);
      files.fd = null;
      if (this.docs.get(docName) === files) this.docs.delete(docName);
    });
  }

  async remove(docName: string): Promise<void> {
    const files = this.docs.get(docName);
    if (files) {
      // After any flush or compaction already queued, which would otherwise write files again.
      await this.enqueue(files, async () => {
        if (files.fd !== null) await closeFd(files.fd);
        files.fd = null;
      }).catch(() => undefined);
      if (this.docs.get(docName) === files) this.docs.delete(docName);
    }
    const dir = this.dirOf(docName);
    // Everything in it goes, also the damaged bytes kept beside a cut log: they are its data too.
    await fsp.rm(dir, { recursive: true, force: true });
    const kept = await removeEmptyParents(dirname(dir), this.root);
    // Makes the removal durable; the root is missing when nothing was ever stored.
    await syncDir(kept).catch((error: unknown) => {
      if (!isNotFound(error)) throw error;
    });
  }

  private files(docName: string): DocFiles {
    const files = this.docs.get(docName);
    if (!files) throw new Error("document storage used before load");
    return files;
  }

  private enqueue(files: DocFiles, op: () => Promise<void>): Promise<void> {
    const run = files.queue.then(op);
    files.queue = run.catch(() => undefined);
    return run;
  }

  private openLog(files: DocFiles): number {
    fs.mkdirSync(files.dir, { recursive: true });
    const fd = fs.openSync(join(files.dir, logFileName(files.gen)), "a");
    if (fs.fstatSync(fd).size === 0) {
      writeAllSync(fd, encodeFileHeader(LOG_MAGIC));
      files.dirUnsynced = true;
    }
    files.fd = fd;
    return fd;
  }

  private async newestValidSnapshot(
    docName: string,
    dir: string,
    snapshots: readonly number[],
  ): Promise<{ gen: number; state: Uint8Array } | null> {
    for (const gen of [...snapshots].reverse()) {
      const data = await fsp.readFile(join(dir, snapshotFileName(gen)));
      const scan = hasFileHeader(data, SNAPSHOT_MAGIC) ? scanFrames(data, FILE_HEADER_BYTES) : null;
      const state = scan?.payloads[0];
      if (scan && scan.damage === null && scan.payloads.length === 1 && state)
        return { gen, state };
      this.logger.warn({ doc: docName, gen }, "collab: snapshot damaged, trying an older one");
    }
    return null;
  }

  private async readLog(docName: string, path: string, isNewest: boolean): Promise<Uint8Array[]> {
    const data = await fsp.readFile(path);
    if (!hasFileHeader(data, LOG_MAGIC)) {
      if (isNewest && (data.length < FILE_HEADER_BYTES || data.every((byte) => byte === 0))) {
        // Crashed while creating the file (a power loss can leave zeros): its header was never
        // made durable, so nothing in it was ever fsynced.
        this.logger.warn({ doc: docName, bytes: data.length }, "collab: torn log header cut off");
        await fsp.truncate(path, 0);
        return [];
      }
      throw new DocumentLoadError("log file has no valid header");
    }
    const scan = scanFrames(data, FILE_HEADER_BYTES);
    if (scan.damage !== null) {
      const cut = data.length - scan.validEnd;
      const keptIn = await keepDamagedBytes(path, data.subarray(scan.validEnd));
      if (isNewest) {
        await fsp.truncate(path, scan.validEnd);
        this.logger.warn(
          {
            doc: docName,
            damage: scan.damage,
            cutBytes: cut,
            frames: scan.payloads.length,
            keptIn,
          },
          "collab: torn or corrupt log tail cut off",
        );
      } else {
        this.logger.warn(
          { doc: docName, damage: scan.damage, skippedBytes: cut, keptIn },
          "collab: damaged older log, later generations still replayed",
        );
      }
    }
    return scan.payloads;
  }
}

/**
 * Writes the unreadable end of a log beside it, durably, before the log is cut; returns the
 * file's name (no personal data: a generation number and a time).
 */
async function keepDamagedBytes(logPath: string, bytes: Uint8Array): Promise<string> {
  const keptPath = `${logPath}.damaged-${Date.now()}`;
  const handle = await fsp.open(keptPath, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDir(dirname(keptPath));
  return basename(keptPath);
}

function writeAllSync(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += fs.writeSync(fd, data, offset);
}

async function syncFiles(files: DocFiles): Promise<void> {
  if (files.fd !== null && files.unsynced) {
    files.unsynced = false;
    await fsyncFd(files.fd);
  }
  if (files.dirUnsynced) {
    files.dirUnsynced = false;
    await syncDir(files.dir);
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fsp.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeSnapshot(dir: string, gen: number, state: Uint8Array): Promise<void> {
  await fsp.mkdir(dir, { recursive: true });
  const tmp = join(dir, `${snapshotFileName(gen)}.tmp`);
  const handle = await fsp.open(tmp, "w");
  try {
    await handle.writev([encodeFileHeader(SNAPSHOT_MAGIC), encodeFrameHeader(state), state]);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fsp.rename(tmp, join(dir, snapshotFileName(gen)));
  await syncDir(dir);
}

/** Removes `dir` and its parents up to `root` while they are empty; returns the first kept. */
async function removeEmptyParents(dir: string, root: string): Promise<string> {
  let current = dir;
  while (current !== root && current.startsWith(root)) {
    try {
      await fsp.rmdir(current);
    } catch (error) {
      if (!isNotFound(error)) return current;
    }
    current = dirname(current);
  }
  return root;
}

async function removeGenerationsBefore(
  dir: string,
  gens: { snapshots: readonly number[]; logs: readonly number[] },
  gen: number,
): Promise<void> {
  const stale = [
    ...gens.snapshots.filter((g) => g < gen).map(snapshotFileName),
    ...gens.logs.filter((g) => g < gen).map(logFileName),
  ];
  await Promise.all(stale.map((name) => fsp.rm(join(dir, name), { force: true })));
}
