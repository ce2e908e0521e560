/** Checks a login attempt: throttling, username lookup, password, account state. */
import { verifyPassword } from "../auth/passwords.js";
import type { LoginThrottle } from "../auth/loginThrottle.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** A login attempt as received (already schema-validated). */
export interface LoginAttempt {
  username: string;
  password: string;
  ip: string;
}

/**
 * How an attempt ended. A refusal names the account the username belongs to, if any (for the audit
 * trail, never for the caller), and whether it was refused unchecked because of earlier failures.
 */
export type LoginOutcome =
  { ok: true; user: UserRecord } | { ok: false; blocked: boolean; accountId: string | null };

/** Checks the attempt; the caller answers every refusal with one generic error. */
export async function authenticateUser(
  store: Store,
  throttle: LoginThrottle,
  attempt: LoginAttempt,
): Promise<LoginOutcome> {
  const source = { username: attempt.username.trim().toLowerCase(), ip: attempt.ip };
  const user = store.users.findByUsername(source.username);
  const accountId = user?.id ?? null;
  if (throttle.isBlocked(source)) return { ok: false, blocked: true, accountId };
  const passwordOk = await verifyPassword(user?.passwordHash, attempt.password);
  if (!user || !passwordOk || user.disabled) {
    throttle.recordFailure(source);
    return { ok: false, blocked: false, accountId };
  }
  throttle.reset(source.username);
  return { ok: true, user };
}
