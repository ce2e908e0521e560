/** Lists the cases a user may see, newest first. */
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import { canViewCase } from "../policies/casePolicy.js";
import type { Store } from "../store/store.js";

/** The cases visible to the principal, newest first. */
export function listVisibleCases(store: Store, principal: Principal): Case[] {
  return store.cases
    .list()
    .filter((c) => canViewCase(principal, c))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
