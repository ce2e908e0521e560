/**
 * Login throttling: after too many failures within a window, further attempts for that username or
 * from that address are refused (429) until old failures age out. Kept in memory on purpose: a restart
 * clears it, which is acceptable for a single-process server and keeps usernames out of the store.
 */

/** Counts failed logins per key (username, IP address) in a sliding window. */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether any of the keys has reached the limit. */
  isBlocked(keys: string[]): boolean {
    return keys.some((key) => this.recent(key).length >= this.maxFailures);
  }

  /** Records one failure for every key. */
  recordFailure(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** Forgets the failures of a key after a successful login. */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
