/** Lists the cases a user may see, newest first. */
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import { caseAccessResolver } from "../policies/caseAccessResolver.js";
import type { Store } from "../store/store.js";

/** The cases visible to the principal, newest first. */
export function listVisibleCases(store: Store, principal: Principal): Case[] {
  const accessOf = caseAccessResolver(store, principal);
  return store.cases
    .list()
    .filter((c) => accessOf(c) !== "none")
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
