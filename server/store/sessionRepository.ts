/** Login sessions (keyed by the hash of the cookie token). */
import type { Persist, SessionRecord, StoreData } from "./schema.js";

/**
 * Reads and writes sessions. Every removal (logout, expiry found by a request or by pruning, a
 * blocked account, a new password) is reported through `ended`, so open sockets of that session
 * close whichever path ended it.
 */
export class SessionRepository {
  constructor(
    private readonly data: StoreData,
    private readonly persist: Persist,
    private readonly ended: (sessionId: string) => void,
  ) {}

  /** One session by id (the token hash). */
  get(id: string): SessionRecord | undefined {
    return this.data.sessions.find((s) => s.id === id);
  }

  /** Stores a new session. */
  async add(session: SessionRecord): Promise<void> {
    this.data.sessions.push(session);
    await this.persist();
  }

  /** Records activity; persisted lazily by the caller's throttle. */
  async touch(id: string, at: number): Promise<void> {
    const session = this.get(id);
    if (!session) return;
    session.lastSeenAt = at;
    await this.persist();
  }

  /** Removes one session; returns whether it existed. */
  async remove(id: string): Promise<boolean> {
    return (await this.removeWhere((s) => s.id === id)).length > 0;
  }

  /** Removes every session of a user except `keepId`; returns the ids of those removed. */
  removeForUser(userId: string, keepId?: string): Promise<string[]> {
    return this.removeWhere((s) => s.userId === userId && s.id !== keepId);
  }

  /** Removes every session that `isExpired` says has ended; returns their ids. */
  prune(isExpired: (s: SessionRecord) => boolean): Promise<string[]> {
    return this.removeWhere(isExpired);
  }

  /** Removes the matching sessions in one write and reports each as ended; returns their ids. */
  private async removeWhere(matches: (s: SessionRecord) => boolean): Promise<string[]> {
    const ended = this.data.sessions.filter(matches).map((s) => s.id);
    if (ended.length === 0) return [];
    const gone = new Set(ended);
    this.data.sessions = this.data.sessions.filter((s) => !gone.has(s.id));
    await this.persist();
    ended.forEach(this.ended);
    return ended;
  }
}
