/**
 * Creates an account for the beheerder: a unique username, a known organisation, a role and a
 * first password (stored as an argon2 hash only). The region is the beheerder's own unless given.
 */
import type { AccountCreateRequest } from "../../shared/api/accounts.js";
import type { Principal } from "../auth/principal.js";
import { hashPassword } from "../auth/passwords.js";
import { badRequest, conflict, forbidden } from "../errors.js";
import { newId } from "../ids.js";
import { mayManageAccounts } from "../policies/accountPolicy.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** The answer when a username is taken; it does not repeat the name. */
export const USERNAME_TAKEN_MESSAGE = "Deze gebruikersnaam is al in gebruik. Kies een andere.";

/** Throws a 400 naming the field unless the organisation exists. */
export function requireOrganisation(store: Store, organisationId: string): void {
  if (!store.organisations.get(organisationId)) {
    throw badRequest('Ongeldige invoer in veld "organisationId": onbekende organisatie.');
  }
}

/** Creates the account; 403 for anyone but the beheerder, 409 for a taken username. */
export async function createAccount(
  store: Store,
  principal: Principal,
  request: AccountCreateRequest,
  now = new Date(),
): Promise<UserRecord> {
  if (!mayManageAccounts(principal)) throw forbidden();
  requireOrganisation(store, request.organisationId);
  if (store.users.findByUsername(request.username)) throw conflict(USERNAME_TAKEN_MESSAGE);
  const passwordHash = await hashPassword(request.password);
  // Asked again after hashing: another request may have taken the name in the meantime.
  if (store.users.findByUsername(request.username)) throw conflict(USERNAME_TAKEN_MESSAGE);
  const account: UserRecord = {
    id: newId("user"),
    username: request.username,
    displayName: request.displayName,
    organisationId: request.organisationId,
    role: request.role,
    regio: request.regio ?? principal.regio,
    passwordHash,
    disabled: false,
    createdAt: now.toISOString(),
  };
  await store.users.add(account);
  return account;
}
