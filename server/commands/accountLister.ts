/** Lists every account for the beheerder (blocked ones too: they can be unblocked). */
import type { Principal } from "../auth/principal.js";
import { forbidden } from "../errors.js";
import { mayManageAccounts } from "../policies/accountPolicy.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** Every account; 403 for anyone but the beheerder. */
export function listAccounts(store: Store, principal: Principal): UserRecord[] {
  if (!mayManageAccounts(principal)) throw forbidden();
  return store.users.list();
}
