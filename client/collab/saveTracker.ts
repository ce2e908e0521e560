/**
 * Knows whether this client's own changes are stored on the server. y-websocket has no
 * acknowledgement, but our server answers a sync step 1 only after everything it received
 * before it has been written to storage (server/collab/liveDocument.ts `onSyncStep1`), and a
 * websocket delivers messages in order. So after local changes the client sends a step 1 and
 * remembers which local version it covered; the step 2 that answers it proves that version saved.
 *
 * Replies are matched to requests first in, first out, per socket. The provider itself sends one
 * step 1 when a socket opens; its reply is queued as a placeholder that proves nothing.
 */

/** Placeholder for the provider's own step 1 on open. */
const PROVIDER_REQUEST = -1;

/** Tracks local versions against the server's save acknowledgements. */
export class SaveTracker {
  private localVersion = 0;
  private savedVersion = 0;
  private pending: number[] = [];

  /** A local change was made; returns the new local version. */
  recordLocalChange(): number {
    this.localVersion += 1;
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
    return this.localVersion;
  }

  /** A step 2 arrived; returns true when it proved more local changes saved. */
  replyReceived(): boolean {
    const covered = this.pending.shift();
    if (covered === undefined || covered <= this.savedVersion) return false;
    this.savedVersion = covered;
    return true;
  }

  /** True when some local change is not yet known to be stored on the server. */
  get hasUnsavedChanges(): boolean {
    return this.localVersion > this.savedVersion;
  }
}
