/**
 * Document lifecycle: load on first use, share while in use, unload `unloadDelayMs` after the
 * last connection or handle let go (once its writes are stored). A document that fails to load
 * is not kept and nothing is ever written for it; opens in the next `loadRetryMs` are refused
 * without touching storage, and the first open after that tries storage again.
 */
import { LiveDocument, type LiveDocumentDeps } from "./liveDocument.js";
import { TurnQueue } from "./turnQueue.js";

/** Thrown by `acquire` when the document cannot be loaded now (or failed to load recently). */
export class DocumentUnavailableError extends Error {
  override readonly name = "DocumentUnavailableError";
}

/** A document whose last load failed. */
interface LoadFailure {
  /** `performance.now()` from which storage is tried again. */
  retryAt: number;
  /** Opens refused since that failure, for the log line of the next one. */
  refused: number;
}

interface Entry {
  ready: Promise<LiveDocument>;
  doc: LiveDocument | null;
  users: number;
  unloadTimer: NodeJS.Timeout | null;
  unloading: Promise<void> | null;
}

/** The loaded documents of one collaboration server. */
export class DocumentRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly failedLoads = new Map<string, LoadFailure>();
  /** Documents removed since start (their case was destroyed): never loaded again. */
  private readonly removed = new Set<string>();
  /** What every document is loaded with: one object for all, nothing extra per document. */
  private readonly docDeps: LiveDocumentDeps;

  /** Failed documents leave the registry (`onFailed` and `changeTurns` are the registry's own). */
  constructor(
    private readonly deps: Omit<LiveDocumentDeps, "onFailed" | "changeTurns">,
    private readonly unloadDelayMs: number,
  ) {
    this.docDeps = {
      ...deps,
      changeTurns: new TurnQueue(),
      onFailed: (doc) => this.dropFailed(doc),
    };
  }

  /** Number of loaded (or loading) documents. */
  get size(): number {
    return this.entries.size;
  }

  /** The documents that are loaded right now. */
  loaded(): LiveDocument[] {
    return [...this.entries.values()].flatMap((entry) => (entry.doc ? [entry.doc] : []));
  }

  /** Loads (or shares) a document and counts one user of it; pair with `release`. */
  async acquire(name: string): Promise<LiveDocument> {
    if (this.removed.has(name)) throw new DocumentUnavailableError("document was removed");
    this.refuseWhileFailed(name);
    for (;;) {
      const existing = this.entries.get(name);
      if (existing?.unloading) {
        await existing.unloading;
        if (this.removed.has(name)) throw new DocumentUnavailableError("document was removed");
        continue;
      }
      const entry = existing ?? this.startLoad(name);
      entry.users++;
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      entry.unloadTimer = null;
      let doc: LiveDocument;
      try {
        doc = await entry.ready;
      } catch (error) {
        entry.users--;
        throw new DocumentUnavailableError("document failed to load", { cause: error });
      }
      // Removed while it loaded: `remove` discards it right after this.
      if (!doc.isFailed && !this.removed.has(name)) return doc;
      entry.users--;
      throw new DocumentUnavailableError("document storage failed");
    }
  }

  /**
   * Counts one user less of the document `acquire` returned; it unloads after the delay once
   * nobody uses it. A release for a document that has since failed and been dropped does not
   * touch a newer copy loaded under the same name.
   */
  release(doc: LiveDocument): void {
    const entry = this.entries.get(doc.name);
    if (!entry || entry.doc !== doc) return;
    entry.users--;
    if (entry.users > 0 || entry.unloading) return;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = setTimeout(() => void this.unload(doc.name, entry), this.unloadDelayMs);
  }

  /** Unloads every document (shutdown): stores, compacts and frees them. */
  async closeAll(): Promise<void> {
    await Promise.all(
      [...this.entries.entries()].map(([name, entry]) => this.unload(name, entry, true)),
    );
  }

  /**
   * Discards a document and deletes everything stored of it (its case was destroyed at the end of
   * its retention, or its agenda slot was removed): open connections close, nothing more is
   * stored, and it is never loaded again by this process (case and slot ids are never reused;
   * after a restart the policy refuses it).
   */
  async remove(name: string): Promise<void> {
    this.removed.add(name);
    const entry = this.entries.get(name);
    if (entry) {
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      entry.unloadTimer = null;
      // An unload under way stores what it holds; the files are deleted after it.
      if (entry.unloading) await entry.unloading;
      else {
        this.entries.delete(name);
        const doc = await entry.ready.catch(() => null);
        doc?.discard();
      }
    }
    this.failedLoads.delete(name);
    await this.deps.storage.remove(name);
  }

  private startLoad(name: string): Entry {
    const entry: Entry = {
      ready: LiveDocument.load(name, this.docDeps),
      doc: null,
      users: 0,
      unloadTimer: null,
      unloading: null,
    };
    this.entries.set(name, entry);
    entry.ready.then(
      (doc) => {
        entry.doc = doc;
        this.failedLoads.delete(name);
      },
      (error: unknown) => {
        if (this.entries.get(name) === entry) this.entries.delete(name);
        this.noteLoadFailure(name, error);
      },
    );
    return entry;
  }

  /** Throws while the document's last load failure is more recent than `loadRetryMs`. */
  private refuseWhileFailed(name: string): void {
    const failure = this.failedLoads.get(name);
    if (!failure) return;
    if (performance.now() >= failure.retryAt) return;
    failure.refused++;
    throw new DocumentUnavailableError("document failed to load recently");
  }

  /** Logs a load failure (once per retry period, with the opens refused since the last one). */
  private noteLoadFailure(name: string, error: unknown): void {
    const { loadRetryMs } = this.deps.limits;
    const refusedSinceLastTry = this.failedLoads.get(name)?.refused ?? 0;
    this.failedLoads.set(name, { retryAt: performance.now() + loadRetryMs, refused: 0 });
    const errorName = error instanceof Error ? error.name : "unknown";
    this.deps.logger.error(
      { doc: name, errorName, retryInMs: loadRetryMs, refusedSinceLastTry },
      "collab: document failed to load",
    );
  }

  private unload(name: string, entry: Entry, force = false): Promise<void> {
    if (entry.unloading) return entry.unloading;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    if (entry.users > 0 && !force) return Promise.resolve();
    entry.unloading = (async () => {
      try {
        const doc = await entry.ready;
        if (!doc.isFailed) await doc.close();
      } catch {
        // A load or storage failure was already logged where it happened.
      } finally {
        if (this.entries.get(name) === entry) this.entries.delete(name);
      }
    })();
    return entry.unloading;
  }

  /**
   * Drops a document whose storage failed. Its entry is the one under its name that holds it, or
   * that is still loading: a document fails at most once, and only while its entry is in the
   * registry (an unloaded document is closed and takes no more changes), so a loading entry
   * under its name can only be its own.
   */
  private dropFailed(doc: LiveDocument): void {
    const entry = this.entries.get(doc.name);
    if (entry && (entry.doc === doc || entry.doc === null)) {
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      this.entries.delete(doc.name);
    }
    doc.destroy();
    // Frees the file handles; whatever it cannot store was lost with the failure already logged.
    this.deps.storage.close(doc.name).catch(() => undefined);
  }
}
