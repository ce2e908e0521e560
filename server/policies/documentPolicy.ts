/**
 * Access to collaborative documents, derived from the case policy: a case document is as open to a
 * user as its case. Unknown documents answer `none`, exactly like cases the user may not see, so a
 * refusal never reveals whether something exists. A disabled account has access to nothing.
 */
import { parseDocName } from "../../shared/wire/docNames.js";
import type { DocumentAccess } from "../../shared/wire/access.js";
import type { Principal } from "../auth/principal.js";
import type { Store } from "../store/store.js";
import { caseAccess } from "./casePolicy.js";

/** The principal's access to the named document. */
export function documentAccess(
  store: Store,
  principal: Principal,
  docName: string,
): DocumentAccess {
  const doc = parseDocName(docName);
  // Re-checked on every revalidation: a disabled account loses its open documents at once.
  const account = store.users.get(principal.userId);
  if (!doc || !account || account.disabled) return "none";
  switch (doc.type) {
    case "case": {
      const found = store.cases.get(doc.caseId);
      return found ? caseAccess(principal, found) : "none";
    }
    case "meeting":
      // Meetings arrive with the casusoverleg issue; until then no one may open one.
      return "none";
  }
}
