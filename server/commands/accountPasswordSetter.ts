/**
 * Sets a new password on an account for the beheerder (a forgotten password, a suspected leak).
 * Every session of the user ends, so whoever knew the old password is out; when beheerders set
 * their own password, the session they do it from stays.
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
  await store.users.setPasswordHash(account.id, await hashPassword(password));
  return store.sessions.removeForUser(account.id, principal.sessionId);
}
