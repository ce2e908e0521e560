/**
 * Sets a new password on an account for the beheerder (a forgotten password, a suspected leak).
 * Every session of the user ends, so whoever knew the old password is out; when beheerders set
 * their own password, the session they do it from stays. A password set for someone else is
 * theirs only once they replaced it: until then they can do nothing else (requestAuth.ts), so the
 * beheerder who knows it cannot work as them unseen.
 */
import type { Principal } from "../auth/principal.js";
import { hashPassword } from "../auth/passwords.js";
import type { Store } from "../store/store.js";
import { findManagedAccount } from "./accountEditor.js";

/** Stores the new password's hash and ends the user's sessions; returns the ended session ids. */
export async function setAccountPassword(
  store: Store,
  principal: Principal,
  id: string,
  password: string,
): Promise<string[]> {
  const account = findManagedAccount(store, principal, id);
  const setByOther = account.id !== principal.userId;
  await store.users.setPasswordHash(account.id, await hashPassword(password), setByOther);
  return store.sessions.removeForUser(account.id, principal.sessionId);
}
