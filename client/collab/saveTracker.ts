/**
 * Knows whether this client's own changes are stored on the server. y-websocket has no
 * acknowledgement, but our server answers a sync step 1 only after everything it received
 * before it has been written to storage (server/collab/liveDocument.ts `onSyncStep1`), and a
 * websocket delivers messages in order. So after local changes the client sends a step 1 and
 * remembers which local version it covered; the step 2 that answers it proves that version saved.
 *
 * Replies are matched to requests first in, first out, per socket. The provider itself sends one
 * step 1 when a socket opens; its reply is queued as a placeholder that proves nothing.
 *
 * The tracker also knows how long the oldest unconfirmed change has waited. A socket that died
 * without closing (network gone) still looks open for up to half a minute, until y-websocket's
 * watchdog gives up on it; a change that waits longer than `SAVE_CONFIRM_MS` is the earlier sign.
 */

/** Placeholder for the provider's own step 1 on open. */
const PROVIDER_REQUEST = -1;

/**
 * How long a change may wait for the server's confirmation before the page says it is being saved.
 * A save normally takes a fraction of a second: saying so on every keystroke would make the status
 * flicker, and make screen readers read it out after every word.
 */
export const SAVE_SHOW_MS = 1_000;

/** How long a change may wait for the server's confirmation before the page says it is late. */
export const SAVE_CONFIRM_MS = 3_000;

/** The first local change made after a save check was sent, and when it was made. */
interface Batch {
  version: number;
  at: number;
}

/** Tracks local versions against the server's save acknowledgements. */
export class SaveTracker {
  private localVersion = 0;
  private savedVersion = 0;
  private pending: number[] = [];
  /** The local version the latest save check covered. */
  private requestedVersion = 0;
  /**
   * Unconfirmed changes in groups, each starting with the first change after a check: a reply
   * confirms whole groups (it covers every change made before its check), so the first group left
   * holds the oldest unconfirmed change.
   */
  private batches: Batch[] = [];

  /** A local change was made at `now` (ms); returns the new local version. */
  recordLocalChange(now: number): number {
    this.localVersion += 1;
    const open = this.batches.at(-1);
    if (open === undefined || open.version <= this.requestedVersion) {
      this.batches.push({ version: this.localVersion, at: now });
    }
    return this.localVersion;
  }

  /** A new socket opened; the provider's own step 1 is the first request on it. */
  socketOpened(): void {
    this.pending = [PROVIDER_REQUEST];
  }

  /** The socket closed: requests on it will never be answered. */
  socketClosed(): void {
    this.pending = [];
  }

  /** True while a request of ours waits for its answer (so another need not be sent yet). */
  get awaitingReply(): boolean {
    return this.pending.some((version) => version !== PROVIDER_REQUEST);
  }

  /** A save check was sent covering every local change so far; returns the version it covers. */
  requestSent(): number {
    this.pending.push(this.localVersion);
    this.requestedVersion = this.localVersion;
    return this.localVersion;
  }

  /** A step 2 arrived; returns true when it proved more local changes saved. */
  replyReceived(): boolean {
    const covered = this.pending.shift();
    if (covered === undefined || covered <= this.savedVersion) return false;
    this.savedVersion = covered;
    this.batches = this.batches.filter((b) => b.version > covered);
    return true;
  }

  /** True when some local change is not yet known to be stored on the server. */
  get hasUnsavedChanges(): boolean {
    return this.localVersion > this.savedVersion;
  }

  /** When the oldest unconfirmed change was made; null when none waits. */
  get waitingSince(): number | null {
    return this.batches[0]?.at ?? null;
  }

  /** When the oldest unconfirmed change will have waited `SAVE_CONFIRM_MS`; null when none waits. */
  get overdueAt(): number | null {
    const oldest = this.batches[0];
    return oldest === undefined ? null : oldest.at + SAVE_CONFIRM_MS;
  }

  /** True when some change has waited at least `SAVE_CONFIRM_MS` for confirmation at `now`. */
  isOverdue(now: number): boolean {
    const at = this.overdueAt;
    return at !== null && now >= at;
  }
}
