/** Opens one case for its page: only for users who may see it; it is no longer new to them. */
import type { Principal } from "../auth/principal.js";
import { notFound } from "../errors.js";
import { caseAccessResolver } from "../policies/caseAccessResolver.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** The case, or 404 for unknown ids and for cases the principal may not see (the same answer). */
export function findVisibleCase(store: Store, principal: Principal, caseId: string): CaseRecord {
  const found = store.cases.get(caseId);
  if (!found || caseAccessResolver(store, principal)(found) === "none") throw notFound();
  return found;
}

/** Finds the case and remembers that the principal opened it. */
export async function openCase(
  store: Store,
  principal: Principal,
  caseId: string,
): Promise<CaseRecord> {
  const found = findVisibleCase(store, principal, caseId);
  await store.cases.markSeen(found.id, principal.userId);
  return found;
}
