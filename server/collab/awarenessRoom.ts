/**
 * The awareness (presence, cursors) of one document. Client updates are rewritten first
 * (`awarenessRewrite.ts`): the user field comes from the session, and a connection may only
 * speak for client ids it owns (what clients echo back is dropped). Every change is encoded once
 * and relayed to every socket in the room, the sender included, which also keeps a lone client's
 * connection watchdog satisfied. The states themselves, and why the server renews them, are in
 * `awarenessStates.ts`.
 *
 * Reconnecting: a y-websocket client keeps its client id and its clock across reconnects, and
 * the first thing it sends on a new socket is its own state with the clock it had. The server
 * already has that clock (or the removal that followed it), so taken as it is the state would be
 * ignored, and the partner would stay invisible until their next change. A connection's first
 * message may therefore take back an id that the same user held before (even from a socket of
 * theirs the server still thinks is open), and the server gives that state the next clock. The
 * client adopts the newer clock when the state comes back to it, so what it sends next counts.
 */
import type { Connection } from "./connection.js";
import {
  decodeAwarenessEntries,
  encodeAwarenessEntries,
  withSessionUser,
  type AwarenessEntry,
} from "./awarenessRewrite.js";
import { AwarenessStates } from "./awarenessStates.js";
import { awarenessFrame } from "./syncMessages.js";
import type { CollabLogger } from "./types.js";

/** A client normally has one awareness id per document; a few more allow tab reloads in flight. */
const MAX_AWARENESS_IDS_PER_CONNECTION = 4;

/** Awareness states of one document and the relay between its connections. */
export class AwarenessRoom {
  private readonly states = new AwarenessStates();
  private readonly owners = new Map<number, Connection>();
  /** The user whose connection last owned each client id, kept after it left (see above). */
  private readonly ownerUsers = new Map<number, string>();
  /** Connections that have sent an awareness message: only a first message may rejoin. */
  private readonly spoken = new WeakSet<Connection>();

  /** `connections` is the live set of the document's sockets. */
  constructor(
    private readonly connections: ReadonlySet<Connection>,
    private readonly logger: CollabLogger,
    private readonly docName: string,
  ) {}

  /** Applies a client's awareness update after rewriting it, and relays what changed. */
  applyFrom(connection: Connection, update: Uint8Array): void {
    const accepted: AwarenessEntry[] = [];
    const rejoining = !this.spoken.has(connection);
    this.spoken.add(connection);
    for (const entry of decodeAwarenessEntries(update)) {
      const rejoin = rejoining && this.isRejoin(connection, entry);
      if (!rejoin && this.isEcho(connection, entry)) continue;
      if (!this.claim(connection, entry.clientID, rejoin)) continue;
      const state =
        entry.state === null ? null : withSessionUser(entry.state, connection.principal);
      const rewritten = { clientID: entry.clientID, clock: entry.clock, state };
      accepted.push({ ...rewritten, clock: this.states.clockFor(rewritten) });
    }
    this.relay(this.states.apply(accepted, performance.now()));
  }

  /** Sends every current state to one connection (on join and on a query). */
  sendAll(connection: Connection): void {
    const present = this.states.present();
    if (present.length === 0) return;
    connection.sendFrame(awarenessFrame(encodeAwarenessEntries(this.states.entries(present))));
  }

  /** Renews the states that have not changed for `renewAfterMs` (see `awarenessStates.ts`). */
  renew(now: number, renewAfterMs: number): void {
    this.relay(this.states.renew(now - renewAfterMs, now));
  }

  /** Removes the states of a connection that left, and tells the others. */
  removeConnection(connection: Connection): void {
    const clients = [...connection.awarenessClients];
    for (const client of clients) this.owners.delete(client);
    this.relay(this.states.remove(clients, performance.now()));
  }

  /**
   * Whether the entry only repeats what the server already has. A y-websocket client sends back
   * every awareness change it receives (other people's carets, and removals of people who left),
   * with the clocks it received; every state passes the server first, so such an entry is never
   * newer than the server's. It is dropped without a warning, and it must not make the echoing
   * connection the owner of a client id whose own connection closed: that client could not show
   * itself again after reconnecting with the same id.
   */
  private isEcho(connection: Connection, entry: AwarenessEntry): boolean {
    const owner = this.owners.get(entry.clientID);
    if (owner === connection) return false;
    const known = this.states.clockOf(entry.clientID);
    if (known !== undefined && entry.clock <= known) return true;
    // The removal of a client nobody owns: it is gone already.
    return owner === undefined && entry.state === null;
  }

  /**
   * Whether the entry is a reconnecting client taking back its own id: a state (not a removal)
   * for an id that a connection of the same user owned before. Only asked for a connection's
   * first message, which y-websocket fills with the client's own state before it relays anything.
   */
  private isRejoin(connection: Connection, entry: AwarenessEntry): boolean {
    return (
      entry.state !== null && this.ownerUsers.get(entry.clientID) === connection.principal.userId
    );
  }

  /** Makes the connection the owner of the id; `rejoin` takes it from another socket of the user. */
  private claim(connection: Connection, clientID: number, rejoin = false): boolean {
    const owner = this.owners.get(clientID);
    if (owner === connection) return true;
    const tooMany = connection.awarenessClients.size >= MAX_AWARENESS_IDS_PER_CONNECTION;
    const held = owner !== undefined && !owner.isClosing && !rejoin;
    if (held || tooMany) {
      this.logger.warn(
        { doc: this.docName, userId: connection.principal.userId },
        "collab: awareness entry for a client id this connection does not own ignored",
      );
      return false;
    }
    owner?.awarenessClients.delete(clientID);
    this.owners.set(clientID, connection);
    this.ownerUsers.set(clientID, connection.principal.userId);
    connection.awarenessClients.add(clientID);
    return true;
  }

  /** Sends the entries of the changed ids to every socket of the room, in one frame. */
  private relay(changed: readonly number[]): void {
    if (changed.length === 0 || this.connections.size === 0) return;
    const frame = awarenessFrame(encodeAwarenessEntries(this.states.entries(changed)));
    for (const connection of this.connections) connection.sendFrame(frame);
  }
}
