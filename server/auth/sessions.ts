/**
 * Sessions: an opaque random token in an HttpOnly cookie; the store keeps only its SHA-256. A session
 * ends after an idle timeout or an absolute lifetime, whichever comes first. Activity is an HTTP
 * request the user made (not one the page made by itself, see `BACKGROUND_REQUEST_HEADER`), or an
 * edit of a live document (`noteActivity`, from sessionActivity.ts); opening a websocket is none. It
 * is written to the store at most once a minute (more often only for idle timeouts under ten
 * minutes), so reading a session does not rewrite the store on every request.
 */
import { createHash, randomBytes } from "node:crypto";
import type { SessionTimeLeft } from "../../shared/api/auth.js";
import type { Store } from "../store/store.js";
import type { SessionRecord } from "../store/schema.js";
import type { Principal } from "./principal.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "casustafel_sid";

const TOUCH_INTERVAL_MS = 60_000;

/** Why a presented session token did not resolve to a principal. */
export type SessionFailure = "missing" | "expired" | "disabled";

/** Whether resolving a session counts as the user's activity (it extends the idle timeout). */
export interface ResolveOptions {
  readonly activity: boolean;
}

/** The outcome of resolving a session token. */
export type SessionResolution =
  { ok: true; principal: Principal } | { ok: false; reason: SessionFailure };

/** Creates, resolves and ends sessions. */
export class SessionService {
  constructor(
    private readonly store: Store,
    private readonly idleMs: number,
    private readonly maxMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts a session for a user; returns the cookie token (shown to no one but the browser). */
  async create(userId: string): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString("base64url");
    const at = this.now();
    const sessionId = hashToken(token);
    await this.store.sessions.add({ id: sessionId, userId, createdAt: at, lastSeenAt: at });
    return { token, sessionId };
  }

  /** Resolves a cookie token to the acting user; as activity, it extends the idle timeout. */
  async resolve(
    token: string | undefined,
    options: ResolveOptions = { activity: true },
  ): Promise<SessionResolution> {
    if (!token) return { ok: false, reason: "missing" };
    const session = this.store.sessions.get(hashToken(token));
    if (!session) return { ok: false, reason: "missing" };
    const at = this.now();
    if (this.isExpired(session, at)) {
      await this.store.sessions.remove(session.id);
      return { ok: false, reason: "expired" };
    }
    const principal = this.principalOf(session);
    if (!principal) return { ok: false, reason: "disabled" };
    if (options.activity) await this.touch(session, at);
    return { ok: true, principal };
  }

  /**
   * How long the session of a token has left, without counting this as activity: until the idle
   * timeout (from the last activity as recorded, which lags by up to the touch interval) and until
   * its absolute end. The page asks this to warn before the idle timeout ends the session.
   */
  timeLeft(token: string | undefined): SessionTimeLeft | SessionFailure {
    const session = token ? this.store.sessions.get(hashToken(token)) : undefined;
    if (!session) return "missing";
    const at = this.now();
    if (this.isExpired(session, at)) return "expired";
    if (!this.principalOf(session)) return "disabled";
    return {
      idleMs: session.lastSeenAt + this.idleMs - at,
      absoluteMs: session.createdAt + this.maxMs - at,
    };
  }

  /**
   * Counts activity that is not an HTTP request (an edit of a live document) towards the idle
   * timeout. A session that has ended already stays ended.
   */
  async noteActivity(sessionId: string): Promise<void> {
    const session = this.store.sessions.get(sessionId);
    const at = this.now();
    if (session && !this.isExpired(session, at)) await this.touch(session, at);
  }

  /** Ends the session of a token; returns its id when there was one. */
  async destroy(token: string | undefined): Promise<string | undefined> {
    if (!token) return undefined;
    const id = hashToken(token);
    return (await this.store.sessions.remove(id)) ? id : undefined;
  }

  /** Removes ended sessions; returns their ids (the store reports them, so their sockets close). */
  pruneExpired(): Promise<string[]> {
    const at = this.now();
    return this.store.sessions.prune((s) => this.isExpired(s, at));
  }

  /** Records activity at `at`, unless it was recorded less than the touch interval ago. */
  private async touch(session: SessionRecord, at: number): Promise<void> {
    const interval = Math.min(TOUCH_INTERVAL_MS, this.idleMs / 10);
    if (at - session.lastSeenAt > interval) await this.store.sessions.touch(session.id, at);
  }

  private isExpired(session: SessionRecord, at: number): boolean {
    return at - session.lastSeenAt > this.idleMs || at - session.createdAt > this.maxMs;
  }

  private principalOf(session: SessionRecord): Principal | undefined {
    const user = this.store.users.get(session.userId);
    if (!user || user.disabled) return undefined;
    const organisation = this.store.organisations.get(user.organisationId);
    return {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      organisationId: user.organisationId,
      organisationName: organisation?.name ?? "",
      role: user.role,
      regio: user.regio,
      mustChangePassword: user.mustChangePassword === true,
      sessionId: session.id,
    };
  }
}

/** The stored id of a cookie token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
