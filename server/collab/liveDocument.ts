/**
 * One loaded document: the Y.Doc, its connections and its awareness room. Every change,
 * whether from a client or a server-side transaction, takes the same path:
 *   Y.Doc 'update' → outbox → storage.append → broadcast (encoded once, sent to every other socket)
 * so nothing reaches another participant before it is stored. Updates collected in one tick are
 * appended together (one write), fsync follows at most `fsyncIntervalMs` later (group commit),
 * and the log is compacted into a snapshot once it grows past `compactAfterLogBytes`.
 */
import * as Y from "yjs";
import { CloseCode, READ_ONLY_REFUSAL_REASON } from "../../shared/wire/closeCodes.js";
import type { CollabLimits } from "../../shared/wire/limits.js";
import type { Principal } from "../auth/principal.js";
import { AwarenessRoom } from "./awarenessRoom.js";
import { Connection, type ConnectionSink } from "./connection.js";
import { ChangeDebouncer } from "./changeDebouncer.js";
import type { HookRunner } from "./hooks.js";
import type { DocumentStorage } from "./storage/documentStorage.js";
import {
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
} from "./syncMessages.js";
import type { CollabLogger } from "./types.js";
import { decodeUpdateStrict, updateChangesDocument } from "./updateCheck.js";

/** What a live document needs from the server around it. */
export interface LiveDocumentDeps {
  storage: DocumentStorage;
  hooks: HookRunner;
  logger: CollabLogger;
  limits: CollabLimits;
  /** Called once when storage fails; the registry then drops the document without storing it. */
  onFailed(doc: LiveDocument): void;
  /** Called when a connection has left the document. */
  onConnectionClosed(doc: LiveDocument, connection: Connection): void;
}

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

/** Marks the transaction that replays stored updates on load, so they are not stored again. */
const LOAD_ORIGIN = Symbol("load");

/** A loaded Yjs document with its sockets, awareness and persistence pipeline. */
export class LiveDocument implements ConnectionSink {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<Connection>();
  private readonly awareness: AwarenessRoom;
  private readonly changes: ChangeDebouncer;
  private pending: PendingUpdate[] = [];
  private persistScheduled = false;
  private inFlight = 0;
  private persisted: Promise<void> = Promise.resolve();
  private fsyncTimer: NodeJS.Timeout | null = null;
  private logBytes = 0;
  private compacting: Promise<void> | null = null;
  private failed = false;

  private constructor(
    readonly name: string,
    private readonly deps: LiveDocumentDeps,
  ) {
    this.awareness = new AwarenessRoom(this.doc, this.connections, deps.logger, name);
    this.changes = new ChangeDebouncer(deps.limits, (editors) =>
      deps.hooks.onChange({ docName: name, doc: this.doc, editors }),
    );
  }

  /** Loads a document from storage; throws (and stores nothing) if it cannot be read. */
  static async load(name: string, deps: LiveDocumentDeps): Promise<LiveDocument> {
    const live = new LiveDocument(name, deps);
    const stored = await deps.storage.load(name);
    live.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(live.doc, update, LOAD_ORIGIN);
    }, LOAD_ORIGIN);
    live.logBytes = stored.logBytes;
    live.doc.on("update", live.onDocUpdate);
    await deps.hooks.onLoad({ docName: name, doc: live.doc });
    return live;
  }

  /** True once storage failed; the document takes no more connections. */
  get isFailed(): boolean {
    return this.failed;
  }

  /** Joins a connection: sends the server's state vector and the current awareness. */
  addConnection(connection: Connection): void {
    this.connections.add(connection);
    connection.attach(this);
    connection.send(encodeSyncStep1(this.doc));
    this.awareness.sendAll(connection);
  }

  onSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    if (this.pending.length === 0 && this.inFlight === 0) {
      connection.send(encodeSyncStep2(this.doc, stateVector));
      return;
    }
    // Only send state that is stored: wait until the outbox is empty.
    void this.whenPersisted().then(() => this.onSyncStep1(connection, stateVector));
  }

  onUpdate(connection: Connection, update: Uint8Array): void {
    const decoded = decodeUpdateStrict(update);
    if (connection.access === "read") {
      if (updateChangesDocument(this.doc, decoded)) {
        this.deps.logger.warn(
          { doc: this.name, userId: connection.principal.userId },
          "collab: update from read-only connection refused",
        );
        connection.send(encodePermissionDenied(READ_ONLY_REFUSAL_REASON));
      }
      return;
    }
    Y.applyUpdate(this.doc, update, connection);
  }

  onAwareness(connection: Connection, update: Uint8Array): void {
    this.awareness.applyFrom(connection, update);
  }

  onQueryAwareness(connection: Connection): void {
    this.awareness.sendAll(connection);
  }

  onClose(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.awareness.removeConnection(connection);
    this.deps.onConnectionClosed(this, connection);
  }

  /** Resolves once every update applied so far has been appended to storage. */
  async whenPersisted(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight > 0) {
      if (this.pending.length > 0) this.persistPending();
      await this.persisted;
    }
  }

  /** Appends everything pending and fsyncs it (on demand group commit). */
  async flushDurable(): Promise<void> {
    await this.whenPersisted();
    if (this.failed) return;
    if (this.fsyncTimer) clearTimeout(this.fsyncTimer);
    this.fsyncTimer = null;
    await this.deps.storage.flush(this.name);
    await this.deps.hooks.onStore({ docName: this.name, doc: this.doc });
  }

  /** Stores everything, compacts if the log holds anything, and frees the document. */
  async close(): Promise<void> {
    this.changes.flushNow();
    await this.flushDurable();
    await this.compacting;
    if (!this.failed && this.logBytes > 0) await this.compact();
    await this.deps.storage.close(this.name);
    this.destroy();
  }

  /** Frees memory and timers without storing anything (after a storage failure). */
  destroy(): void {
    if (this.fsyncTimer) clearTimeout(this.fsyncTimer);
    this.fsyncTimer = null;
    this.changes.cancel();
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Records who edited, for the debounced `onChange` hook. */
  private noteEditor(principal: Principal | null): void {
    if (this.deps.hooks.wantsChanges) this.changes.note(principal);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.pending.push({ update, origin });
    this.noteEditor(origin instanceof Connection ? origin.principal : null);
    if (!this.persistScheduled) {
      this.persistScheduled = true;
      queueMicrotask(() => this.persistPending());
    }
  };

  private persistPending(): void {
    this.persistScheduled = false;
    const batch = this.pending;
    if (batch.length === 0 || this.failed) return;
    this.pending = [];
    this.inFlight++;
    const append = this.deps.storage.append(
      this.name,
      batch.map((item) => item.update),
    );
    this.persisted = this.persisted
      .then(() => append)
      .then(
        () => {
          this.inFlight--;
          for (const item of batch) this.logBytes += item.update.length;
          this.broadcast(batch);
          this.afterAppend();
        },
        (error: unknown) => {
          this.inFlight--;
          this.fail(error);
        },
      );
  }

  private broadcast(batch: readonly PendingUpdate[]): void {
    for (const { update, origin } of batch) {
      const message = encodeUpdateMessage(update);
      for (const connection of this.connections) {
        if (connection !== origin) connection.send(message);
      }
    }
  }

  private afterAppend(): void {
    if (!this.fsyncTimer) {
      this.fsyncTimer = setTimeout(() => {
        this.fsyncTimer = null;
        this.flushDurable().catch((error: unknown) => this.fail(error));
      }, this.deps.limits.fsyncIntervalMs);
    }
    if (this.logBytes > this.deps.limits.compactAfterLogBytes && !this.compacting) {
      this.compacting = this.compact().finally(() => {
        this.compacting = null;
      });
    }
  }

  private async compact(): Promise<void> {
    // Updates still in the outbox are in this state too; storing them again later is harmless.
    const state = Y.encodeStateAsUpdate(this.doc);
    const logBytes = this.logBytes;
    this.logBytes = 0;
    try {
      await this.deps.storage.compact(this.name, state);
      await this.deps.hooks.onStore({ docName: this.name, doc: this.doc });
    } catch (error) {
      this.logBytes += logBytes;
      const errorName = error instanceof Error ? error.name : "unknown";
      this.deps.logger.error({ doc: this.name, errorName }, "collab: compaction failed");
    }
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const errorName = error instanceof Error ? error.name : "unknown";
    this.deps.logger.error(
      { doc: this.name, errorName },
      "collab: storage failed, document closed",
    );
    // Clients keep their edits and send them again on reconnect, once storage works again.
    for (const connection of this.connections) {
      connection.close(CloseCode.DocumentUnavailable, "storage failed");
    }
    this.deps.onFailed(this);
  }
}
