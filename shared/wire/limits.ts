/** Limits and timings of the collaboration protocol, shared by server, client and tests. */

const MiB = 1024 * 1024;

/** Protocol limits and default server timings. The server takes overrides from its config. */
export const LIMITS = {
  /** Largest websocket message a client may send or the server accepts (2 MiB). */
  maxMessageBytes: 2 * MiB,
  /** Sustained update/awareness messages per second per connection. */
  messagesPerSecond: 1_000,
  /** Messages a connection may send in one burst above the sustained rate (a paste, a reconnect). */
  messageBurst: 25_000,
  /** Sustained bytes per second per connection. */
  bytesPerSecond: 4 * MiB,
  /** Bytes a connection may send in one burst above the sustained rate. */
  byteBurst: 32 * MiB,
  /**
   * Bytes the server may hold for one socket that the network has not taken yet. A client that
   * falls further behind (a stalled laptop, a reader that stopped reading) is closed with
   * `SlowReader` before the next frame is queued, and catches up by a fresh sync on reconnect,
   * which costs less than the backlog. One frame larger than this is still sent to a socket
   * that had drained, so a large document always reaches a client that keeps up.
   */
  maxBufferedSendBytes: 16 * MiB,
  /**
   * Time a socket the server closes has to read the close frame (and any backlog queued before
   * it) and answer; then it is dropped without one, which its client sees as 1006.
   */
  closeGraceMs: 1_000,
  /** Upgrades still authenticating at one time; more get HTTP 503. */
  maxPendingUpgrades: 512,
  /** Time an upgrade may take to authenticate, authorise and load before it is dropped. */
  upgradeTimeoutMs: 10_000,
  /** Delay between the last connection leaving a document and unloading it from memory. */
  unloadDelayMs: 5_000,
  /**
   * After a document failed to load (damaged or unreadable files), opens of it are refused with
   * `DocumentUnavailable` for this long without reading storage again. Clients keep retrying
   * every few seconds; this keeps them from re-reading the files and logging an error each time.
   */
  loadRetryMs: 30_000,
  /**
   * Time a busy document may hold updates back to store and relay them together (one write to
   * its log, one system call per socket). A document that relayed less than this long ago waits
   * for the rest of it; any other relays at the end of the current event-loop turn. 0: every
   * turn, no added delay. In the bench (40 documents of 100 updates/s) 5–16 ms changed the CPU per
   * delivered update by less than the run-to-run noise (±10%); 50 ms cut it by ~30% but added
   * ~26 ms median latency, so it is off by default.
   */
  broadcastBatchMs: 0,
  /** Longest time between a write and its fsync (group commit). */
  fsyncIntervalMs: 1_000,
  /** Quiet time after the last change before `onChange` hooks run (action index, triage, audit). */
  changeDebounceMs: 300,
  /** Longest time a stream of changes can postpone `onChange`. */
  changeMaxWaitMs: 3_000,
  /** Interval of the server's keepalive: a ping, and an empty awareness message to idle sockets. */
  keepaliveIntervalMs: 15_000,
  /**
   * The server renews a connected client's presence once it has not changed for this long (checked
   * every third of it). Clients drop a state not renewed for 30 s (y-protocols' `outdatedTimeout`),
   * so this must stay well below that: see server/collab/awarenessStates.ts.
   */
  awarenessRenewAfterMs: 15_000,
  /** Log size (bytes) above which a loaded document is compacted into a snapshot. */
  compactAfterLogBytes: 1 * MiB,
} as const;

/** The type of `LIMITS`, with every value widened to `number` so a config can override it. */
export type CollabLimits = { -readonly [K in keyof typeof LIMITS]: number };
