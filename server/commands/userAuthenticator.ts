/** Checks a login attempt: throttling, username lookup, password, account state. */
import { verifyPassword } from "../auth/passwords.js";
import type { LoginThrottle } from "../auth/loginThrottle.js";
import { invalidCredentials, tooManyAttempts } from "../errors.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** A login attempt as received (already schema-validated). */
export interface LoginAttempt {
  username: string;
  password: string;
  ip: string;
}

/** Returns the user for valid credentials; throws one generic error for every failure. */
export async function authenticateUser(
  store: Store,
  throttle: LoginThrottle,
  attempt: LoginAttempt,
): Promise<UserRecord> {
  const username = attempt.username.trim().toLowerCase();
  const keys = [`user:${username}`, `ip:${attempt.ip}`];
  if (throttle.isBlocked(keys)) throw tooManyAttempts();
  const user = store.users.findByUsername(username);
  const passwordOk = await verifyPassword(user?.passwordHash, attempt.password);
  if (!user || !passwordOk || user.disabled) {
    throttle.recordFailure(keys);
    throw invalidCredentials();
  }
  throttle.reset(`user:${username}`);
  return user;
}
