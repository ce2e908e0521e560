/**
 * Login throttling: after too many failures within a window, further attempts for that username or
 * from that address are refused (429) until old failures age out. An address has a limit of its
 * own, higher than a username's: everyone in one office (or behind one proxy not trusted with
 * `TRUST_PROXY`) shares it, and one person's typos must not lock out the whole overleg. Kept in
 * memory on purpose: a restart clears it, which is acceptable for a single-process server and keeps
 * usernames out of the store.
 */

/** Failures allowed within the window, per username and per address. */
export interface LoginLimits {
  perUser: number;
  perAddress: number;
}

/** Whom a login attempt counts against: the username typed and the client's address. */
export interface LoginSource {
  username: string;
  ip: string;
}

/** Counts failed logins per username and per address in a sliding window. */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether the username or the address has reached its limit. */
  isBlocked(source: LoginSource): boolean {
    return (
      this.recent(userKey(source)).length >= this.limits.perUser ||
      this.recent(addressKey(source)).length >= this.limits.perAddress
    );
  }

  /** Records one failure for the username and for the address. */
  recordFailure(source: LoginSource): void {
    for (const key of [userKey(source), addressKey(source)]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  /** Forgets the failures of a username after a successful login. */
  reset(username: string): void {
    this.failures.delete(userKey({ username }));
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

const userKey = ({ username }: Pick<LoginSource, "username">) => `user:${username}`;
const addressKey = ({ ip }: Pick<LoginSource, "ip">) => `ip:${ip}`;
