/**
 * A user changes their own password: the current one first (a session left open is not enough to
 * take the account over), and failed attempts count with the login's throttle. The new one ends
 * the user's other sessions and clears the demand to replace a password a beheerder set.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import type { OwnPasswordChange } from "../../shared/api/auth.js";
import type { LoginThrottle } from "../auth/loginThrottle.js";
import { hashPassword, verifyPassword } from "../auth/passwords.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, tooManyAttempts, unauthenticated } from "../errors.js";
import type { Store } from "../store/store.js";

/** The answer when the current password is wrong; it repeats nothing typed. */
export const WRONG_CURRENT_PASSWORD = invalidFieldMessage(
  "huidig",
  "dit is niet uw huidige wachtwoord.",
);

/** Sets the new password; answers the ids of the user's other sessions, which ended. */
export async function changeOwnPassword(
  store: Store,
  throttle: LoginThrottle,
  principal: Principal,
  change: OwnPasswordChange,
  ip: string,
): Promise<string[]> {
  const user = store.users.get(principal.userId);
  if (!user) throw unauthenticated();
  const source = { username: user.username, ip };
  if (throttle.isBlocked(source)) throw tooManyAttempts();
  if (!(await verifyPassword(user.passwordHash, change.huidig))) {
    throttle.recordFailure(source);
    throw badRequest(WRONG_CURRENT_PASSWORD);
  }
  throttle.reset(user.username);
  await store.users.setPasswordHash(user.id, await hashPassword(change.nieuw), false);
  return store.sessions.removeForUser(user.id, principal.sessionId);
}
