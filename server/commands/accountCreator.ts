/**
 * Creates an account for the beheerder: a unique username, a known organisation, a role and a
 * first password (stored as an argon2 hash only). The region is the beheerder's own unless given.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
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
    throw badRequest(invalidFieldMessage("organisationId", "onbekende organisatie."));
  }
}

/**
 * The regions an account can be given: those of the cases and of the beheerders. A typo would make
 * a region of its own, where a procesregisseur sees no case at all (and an account given one before
 * this check does not make it known); a new region comes with its first beheerder
 * (`npm run admin:create`).
 */
export function knownRegions(store: Store): string[] {
  const beheerders = store.users.list().filter((u) => u.role === "beheerder");
  const regions = new Set([...beheerders, ...store.cases.list()].map((r) => r.regio));
  return [...regions].sort((a, b) => a.localeCompare(b, "nl"));
}

/** Throws a 400 naming the field unless the region is a known one (`knownRegions`). */
export function requireRegion(store: Store, regio: string): void {
  if (!knownRegions(store).includes(regio)) {
    throw badRequest(invalidFieldMessage("regio", "onbekende regio. Kies een bestaande regio."));
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
  if (request.regio !== undefined) requireRegion(store, request.regio);
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
    // The first password is the beheerder's choice: the user replaces it at the first login.
    mustChangePassword: true,
  };
  await store.users.add(account);
  return account;
}
