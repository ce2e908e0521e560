/**
 * The awareness states of one document as the server keeps them: per client id the latest clock,
 * the state (null once the client left) and when it last changed. The rules follow y-protocols'
 * `applyAwarenessUpdate`, so clients and server agree on which entry wins: a higher clock wins, and
 * a removal with the same clock removes a state. Unlike y-protocols' `Awareness` it runs no timer
 * per document and never expires a state on its own: the server knows when a connection is gone.
 *
 * Instead the server renews what connected clients show. A client renews its own state every 15 s
 * (half of y-protocols' `outdatedTimeout`), and every other client drops a state that has not been
 * renewed for 30 s. A browser throttles the timers of a tab that has been hidden for a while to once
 * a minute, so a partner who looks at another tab would drop out of everyone's presence list and
 * come back, over and over. The socket proves they are still there; `renew` gives their state a new
 * clock so the others keep it (`awarenessRenewAfterMs`, 15 s, looked at every 5 s: a renewed state
 * is at most 20 s old). The client takes that clock for its own state when it comes back.
 */
import type { AwarenessEntry } from "./awarenessRewrite.js";

interface Held {
  clock: number;
  state: Record<string, unknown> | null;
  /** `performance.now()` of the last accepted change. */
  changedAt: number;
  /** The state as JSON, made when first compared (see `clockFor`). */
  json?: string;
}

/** Awareness states of one document, without timers. */
export class AwarenessStates {
  private readonly held = new Map<number, Held>();

  /** The clock the server has for a client id, or undefined if it never saw it. */
  clockOf(clientID: number): number | undefined {
    return this.held.get(clientID)?.clock;
  }

  /** Ids of the clients that are present (their state is not null). */
  present(): number[] {
    const ids: number[] = [];
    for (const [clientID, held] of this.held) if (held.state !== null) ids.push(clientID);
    return ids;
  }

  /**
   * The clock to give an entry from the connection that owns the id. The owner speaks for the id,
   * so a state it sends that differs from the server's counts even when its clock is not newer: a
   * reconnecting client starts from the clock it had, and a client may change its state before a
   * renewed clock has reached it. An unchanged state keeps its clock, so what the owner sends back
   * after taking the server's clock is not taken for news (that would go back and forth forever).
   */
  clockFor(entry: AwarenessEntry): number {
    const held = this.held.get(entry.clientID);
    if (!held || entry.clock > held.clock || entry.state === null) return entry.clock;
    held.json ??= JSON.stringify(held.state);
    return JSON.stringify(entry.state) === held.json ? entry.clock : held.clock + 1;
  }

  /** Applies entries as y-protocols would; returns the ids whose entry was taken. */
  apply(entries: readonly AwarenessEntry[], now: number): number[] {
    const changed: number[] = [];
    for (const { clientID, clock, state } of entries) {
      const held = this.held.get(clientID);
      const newer = held === undefined || clock > held.clock;
      const removal =
        held !== undefined && clock === held.clock && state === null && held.state !== null;
      if (!newer && !removal) continue;
      this.held.set(clientID, { clock, state, changedAt: now });
      changed.push(clientID);
    }
    return changed;
  }

  /** Marks clients as gone (their connection closed); returns the ids that were present. */
  remove(clientIDs: Iterable<number>, now: number): number[] {
    const removed: number[] = [];
    for (const clientID of clientIDs) {
      const held = this.held.get(clientID);
      if (!held || held.state === null) continue;
      this.held.set(clientID, { clock: held.clock, state: null, changedAt: now });
      removed.push(clientID);
    }
    return removed;
  }

  /** Gives every state unchanged since `before` the next clock; returns the renewed ids. */
  renew(before: number, now: number): number[] {
    const renewed: number[] = [];
    for (const [clientID, held] of this.held) {
      if (held.state === null || held.changedAt > before) continue;
      this.held.set(clientID, { clock: held.clock + 1, state: held.state, changedAt: now });
      renewed.push(clientID);
    }
    return renewed;
  }

  /** The entries of the given ids as the server has them (for relaying and for a newcomer). */
  entries(clientIDs: readonly number[]): AwarenessEntry[] {
    return clientIDs.flatMap((clientID) => {
      const held = this.held.get(clientID);
      return held ? [{ clientID, clock: held.clock, state: held.state }] : [];
    });
  }
}
