/**
 * One loaded document: the Y.Doc, its connections and its awareness room. Every change,
 * whether from a client or a server-side transaction, takes the same path:
 *   Y.Doc 'update' → outbox → storage.append → broadcast (framed once, sent to every other socket)
 * so nothing reaches another participant before it is stored. The outbox is emptied at the end
 * of the event-loop turn (`setImmediate`, after every readable socket has been read), or, if the
 * document relayed less than `broadcastBatchMs` ago, once that much time has passed: all updates
 * in it are appended in one write and each socket gets its share in one system call. fsync
 * follows at most `fsyncIntervalMs` later (group commit), and the log is compacted into a
 * snapshot once it grows past `compactAfterLogBytes`.
 *
 * An update the writer's guard judged (one that names who gave an answer or score) is fsynced
 * before it is relayed, with its batch. A power loss may cost the last second of the log; had such
 * an update reached other clients before it was durable, they would send it back on their next
 * connect, naming someone else, and their guard would refuse them on every reconnect.
 */
import * as Y from "yjs";
import type { Principal } from "../auth/principal.js";
import { CloseCode, READ_ONLY_REFUSAL_REASON } from "../../shared/wire/closeCodes.js";
import type { CollabLimits } from "../../shared/wire/limits.js";
import { AwarenessRoom } from "./awarenessRoom.js";
import { Connection, type ConnectionSink } from "./connection.js";
import { ChangeDebouncer } from "./changeDebouncer.js";
import type { HookRunner } from "./hooks.js";
import type { TurnQueue } from "./turnQueue.js";
import type { DocumentStorage } from "./storage/documentStorage.js";
import {
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  updateFrame,
} from "./syncMessages.js";
import type { CollabLogger, RefusedUpdateContext, UpdateGuard } from "./types.js";
import { applyIncrementalUpdates } from "./incrementalUpdate.js";
import {
  decodeUpdateStrict,
  updateChangesDocument,
  writesOnlyUnder,
  type DecodedUpdate,
} from "./updateCheck.js";
import { holdsPlainValue, placesOfUpdate, plainValues } from "./updatePlaces.js";

/** What a live document needs from the server around it. */
export interface LiveDocumentDeps {
  storage: DocumentStorage;
  hooks: HookRunner;
  logger: CollabLogger;
  limits: CollabLimits;
  /** Shared by the server's documents: each due `onChange` runs in an event-loop turn of its own. */
  changeTurns: TurnQueue;
  /** Called once when storage fails; the registry then drops the document without storing it. */
  onFailed(doc: LiveDocument): void;
  /** Called when a connection has left the document. */
  onConnectionClosed(doc: LiveDocument, connection: Connection): void;
  /** Whether the named document's connections see each other's presence (CollabOptions). */
  sharesPresence(docName: string): boolean;
}

/** Updates applied but not yet stored, with the connection each came from (null: the server). */
interface Outbox {
  updates: Uint8Array[];
  origins: (Connection | null)[];
  /** True when an update in it was judged by its writer's guard: fsynced before it is relayed. */
  durable: boolean;
}

/** An empty outbox (or inbox), made when the first update arrives. */
function newOutbox(): Outbox {
  return { updates: [], origins: [], durable: false };
}

/** Whether the guard judges this update: every one, or one that adds a plain value it picks. */
function judged(guard: UpdateGuard, decoded: DecodedUpdate): boolean {
  const picks = guard.judges;
  if (picks === "every") return true;
  if (picks === "none") return false;
  return decoded.structs.some((s) => holdsPlainValue(s) && plainValues(s).some(picks));
}

/** Whether a transaction's origin is a client's connection (see `DocumentHookContext`). */
function isClientOrigin(origin: unknown): boolean {
  return origin instanceof Connection;
}

/** Marks the transaction that replays stored updates on load, so they are not stored again. */
const LOAD_ORIGIN = Symbol("load");

/** A loaded Yjs document with its sockets, awareness and persistence pipeline. */
export class LiveDocument implements ConnectionSink {
  readonly doc = new Y.Doc({ gc: true });
  readonly connections = new Set<Connection>();
  private readonly awareness: AwarenessRoom;
  /**
   * Created on the first change (see `noteChange`). It, the inbox and the outbox stay null until
   * needed: most loaded documents sit idle, and whatever each of them holds is multiplied by the
   * number loaded.
   */
  private changes: ChangeDebouncer | null = null;
  /** Incremental client updates received (and decoded) but not applied yet: see `applyInbox`. */
  private inbox: Outbox | null = null;
  private outbox: Outbox | null = null;
  private flushScheduled = false;
  /** When the outbox was last stored and relayed (`performance.now()`). */
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  /** An asynchronous append in progress (only with a storage whose `append` returns a promise). */
  private storing: Promise<void> | null = null;
  private fsyncTimer: NodeJS.Timeout | null = null;
  private logBytes = 0;
  private compacting: Promise<void> | null = null;
  private failed = false;
  private discarded = false;
  /** False for a document that keeps presence to itself: no awareness is taken or relayed. */
  private readonly sharesPresence: boolean;

  private constructor(
    readonly name: string,
    private readonly deps: LiveDocumentDeps,
  ) {
    this.awareness = new AwarenessRoom(this.connections, deps.logger, name);
    this.sharesPresence = deps.sharesPresence(name);
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
    await deps.hooks.onLoad({ docName: name, doc: live.doc, isClientOrigin });
    return live;
  }

  /** True once storage failed (or the document was discarded); it takes no more connections. */
  get isFailed(): boolean {
    return this.failed;
  }

  /** Joins a connection: sends the server's state vector and the current awareness. */
  addConnection(connection: Connection): void {
    if (this.failed) {
      // Discarded or failed between the open's access check and the upgrade: nothing is sent.
      connection.close(
        this.discarded ? CloseCode.Forbidden : CloseCode.DocumentUnavailable,
        this.discarded ? "document removed" : "storage failed",
      );
      return;
    }
    this.connections.add(connection);
    connection.attach(this);
    connection.cork();
    connection.send(encodeSyncStep1(this.doc));
    this.awareness.sendAll(connection);
    connection.uncork();
  }

  onSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    // Only send state that is stored: empty the outbox first.
    if (this.storeOutbox()) {
      connection.send(encodeSyncStep2(this.doc, stateVector));
      return;
    }
    void this.whenPersisted().then(() => {
      if (!this.failed) this.onSyncStep1(connection, stateVector);
    });
  }

  onUpdate(connection: Connection, update: Uint8Array, incremental: boolean): void {
    const decoded = decodeUpdateStrict(update);
    if (connection.access === "read") {
      this.applyInbox();
      if (updateChangesDocument(this.doc, decoded)) {
        this.deps.logger.warn(
          { doc: this.name, userId: connection.principal.userId },
          "collab: update from read-only connection refused",
        );
        connection.send(encodePermissionDenied(READ_ONLY_REFUSAL_REASON));
        if (connection.firstReadOnlyRefusal()) this.reportRefused(connection, "read-only");
      }
      return;
    }
    const guard = connection.guard;
    if (guard && !writesOnlyUnder(decoded, guard.roots)) {
      this.refuseOutsideRights(connection);
      return;
    }
    const stamped = guard !== null && judged(guard, decoded);
    const checked = stamped || guard?.judgesAll === true;
    if (checked && guard && !this.guardAllows(connection, guard, decoded)) return;
    if (incremental) {
      // Applied with the rest of the batch, in one transaction, when the outbox is stored.
      this.inbox ??= newOutbox();
      this.inbox.updates.push(update);
      this.inbox.origins.push(connection);
      this.inbox.durable ||= stamped;
      this.scheduleFlush();
      return;
    }
    this.applyInbox();
    Y.applyUpdate(this.doc, update, connection);
    if (stamped && this.outbox) this.outbox.durable = true;
  }

  /**
   * Asks the connection's guard about the places the update would change, judged against the
   * latest state (the inbox applied first, so a writer's previous update is there to anchor this
   * one). A refused update is not applied, and the connection is closed.
   */
  private guardAllows(connection: Connection, guard: UpdateGuard, decoded: DecodedUpdate): boolean {
    this.applyInbox();
    const places = placesOfUpdate(this.doc, decoded);
    if (places && guard.allows(places)) return true;
    this.refuseOutsideRights(connection);
    return false;
  }

  /** Refuses an update outside the writer's rights: nothing applied, the connection closed. */
  private refuseOutsideRights(connection: Connection): void {
    this.deps.logger.warn(
      { doc: this.name, userId: connection.principal.userId, closeCode: CloseCode.Forbidden },
      "collab: update outside the writer's rights refused, connection closed",
    );
    connection.close(CloseCode.Forbidden, "update not allowed");
    this.reportRefused(connection, "outside-rights");
  }

  /** Tells the extensions (the audit trail) that the connection's update was refused. */
  private reportRefused(connection: Connection, reason: RefusedUpdateContext["reason"]): void {
    void this.deps.hooks.onUpdateRefused({
      docName: this.name,
      principal: connection.principal,
      access: connection.access,
      reason,
    });
  }

  onAwareness(connection: Connection, update: Uint8Array): void {
    if (!this.sharesPresence) return;
    this.awareness.applyFrom(connection, update);
  }

  onQueryAwareness(connection: Connection): void {
    this.awareness.sendAll(connection);
  }

  /** Renews the presence of connected clients whose state has not changed for a while. */
  renewAwareness(now: number): void {
    this.awareness.renew(now, this.deps.limits.awarenessRenewAfterMs);
  }

  onClose(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.awareness.removeConnection(connection);
    this.deps.onConnectionClosed(this, connection);
  }

  /** Resolves once every update applied so far has been appended to storage (or storage failed). */
  async whenPersisted(): Promise<void> {
    while (!this.storeOutbox() && this.storing) await this.storing;
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
    // Applied first, so its editors are in the last `onChange`, whose hooks (like any still
    // running) finish before the document is destroyed.
    this.applyInbox();
    const lastChange = this.changes?.flushNow();
    await this.flushDurable();
    await this.compacting;
    if (!this.failed && this.logBytes > 0) await this.compact();
    await this.deps.storage.close(this.name);
    await lastChange;
    this.destroy();
  }

  /**
   * Drops the document without storing or sending anything more: its data was destroyed at the
   * end of its retention. Its connections close as if access was revoked (nothing is revealed).
   */
  discard(): void {
    this.failed = true;
    this.discarded = true;
    this.inbox = null;
    this.outbox = null;
    for (const connection of this.connections) {
      connection.close(CloseCode.Forbidden, "document removed");
    }
    this.destroy();
  }

  /** Frees memory and timers without storing anything (after a storage failure). */
  destroy(): void {
    if (this.fsyncTimer) clearTimeout(this.fsyncTimer);
    this.fsyncTimer = null;
    this.changes?.cancel();
    this.doc.destroy();
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    this.addToOutbox(update, origin instanceof Connection ? origin : null);
    this.scheduleFlush();
  };

  /** Puts an applied update in the outbox and notes its editor for `onChange`. */
  private addToOutbox(update: Uint8Array, connection: Connection | null): void {
    this.outbox ??= newOutbox();
    this.outbox.updates.push(update);
    this.outbox.origins.push(connection);
    this.noteChange(connection ? connection.principal : null);
  }

  /** Tells the change debouncer (made now if this is the first change) who changed the document. */
  private noteChange(editor: Principal | null): void {
    if (!this.deps.hooks.wantsChanges) return;
    this.changes ??= new ChangeDebouncer(this.deps.limits, this.deps.changeTurns, (editors) =>
      this.deps.hooks.onChange({ docName: this.name, doc: this.doc, editors }),
    );
    this.changes.note(editor);
  }

  /**
   * Applies the inbox in one transaction; what changed goes to the outbox. Runs before the
   * outbox is stored and before anything that must see the latest state (a read-only check, a
   * sync step 2), so a flush is always scheduled while the inbox holds updates.
   */
  private applyInbox(): void {
    if (!this.inbox) return;
    const { updates, origins, durable } = this.inbox;
    this.inbox = null;
    const result = applyIncrementalUpdates(this.doc, updates, origins, this.onDocUpdate);
    for (const i of result.storeIndexes) {
      const update = updates[i];
      if (update) this.addToOutbox(update, origins[i] ?? null);
    }
    if (durable && this.outbox) this.outbox.durable = true;
    for (const origin of result.failed) {
      if (origin instanceof Connection) origin.refuseUpdate();
    }
  }

  /** Stores and relays the outbox at the end of this turn, or later if the document is busy. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const { broadcastBatchMs } = this.deps.limits;
    const wait = broadcastBatchMs > 0 ? this.lastFlushAt + broadcastBatchMs - performance.now() : 0;
    if (wait > 0) setTimeout(this.onFlushTurn, wait);
    else setImmediate(this.onFlushTurn);
  }

  private readonly onFlushTurn = (): void => {
    this.flushScheduled = false;
    this.storeOutbox();
  };

  /**
   * Appends the outbox and broadcasts it once stored. True when nothing is left to store now;
   * false while an asynchronous append is in flight (or after a storage failure).
   */
  private storeOutbox(): boolean {
    if (this.failed) return false;
    this.applyInbox();
    if (this.storing) return false;
    const batch = this.outbox;
    if (!batch) return true;
    this.outbox = null;
    this.lastFlushAt = performance.now();
    let appended: void | Promise<void>;
    try {
      appended = this.deps.storage.append(this.name, batch.updates);
      if (batch.durable) appended = this.syncAfter(appended);
    } catch (error) {
      this.fail(error);
      return false;
    }
    if (appended === undefined) {
      this.afterAppend(batch);
      return true;
    }
    this.storing = appended.then(
      () => {
        this.storing = null;
        this.afterAppend(batch);
        this.storeOutbox();
      },
      (error: unknown) => {
        this.storing = null;
        this.fail(error);
      },
    );
    return false;
  }

  /** Resolves once `appended` has been made durable (fsync) as well. */
  private async syncAfter(appended: void | Promise<void>): Promise<void> {
    await appended;
    await this.deps.storage.flush(this.name);
  }

  private afterAppend(batch: Outbox): void {
    // Discarded or failed while an append or fsync was under way: nothing more happens to it.
    if (this.failed) return;
    for (const update of batch.updates) this.logBytes += update.length;
    this.broadcast(batch);
    if (!this.fsyncTimer) {
      this.fsyncTimer = setTimeout(this.onFsyncTimer, this.deps.limits.fsyncIntervalMs);
    }
    if (this.logBytes > this.deps.limits.compactAfterLogBytes && !this.compacting) {
      this.compacting = this.compact().finally(() => {
        this.compacting = null;
      });
    }
  }

  private readonly onFsyncTimer = (): void => {
    this.fsyncTimer = null;
    this.flushDurable().catch((error: unknown) => this.fail(error));
  };

  /** Frames each update once; a socket that gets several of them gets them in one write. */
  private broadcast({ updates, origins }: Outbox): void {
    if (this.connections.size === 0) return;
    const frames = updates.map(updateFrame);
    const single = frames.length === 1;
    for (const connection of this.connections) {
      if (!single) connection.cork();
      for (let i = 0; i < frames.length; i++) {
        const frame = frames[i];
        if (frame && origins[i] !== connection) connection.sendFrame(frame);
      }
      if (!single) connection.uncork();
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
