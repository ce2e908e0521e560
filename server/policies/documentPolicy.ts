/**
 * Access to collaborative documents, derived from the case policy: a case document is as open to a
 * user as its case. Unknown documents answer `none`, exactly like cases the user may not see, so a
 * refusal never reveals whether something exists. A disabled account has access to nothing, and
 * neither has a connection opened before the beheerder changed the account's role, organisation or
 * region: it acts as someone the account no longer is, so it closes, and a new connection (after a
 * reload) is authorised as the account is now.
 * Guests of an overleg reach a case document only through a clearance (meetingPolicy.ts), and
 * `meeting/<id>` documents follow the overleg's rules there.
 */
import { parseDocName } from "../../shared/wire/docNames.js";
import type { DocumentAccess } from "../../shared/wire/access.js";
import type { Principal } from "../auth/principal.js";
import type { UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { caseAccessResolver } from "./caseAccessResolver.js";
import { meetingDocumentAccess } from "./meetingPolicy.js";

/** The principal's access to the named document. */
export function documentAccess(
  store: Store,
  principal: Principal,
  docName: string,
): DocumentAccess {
  const doc = parseDocName(docName);
  // Re-checked on every revalidation: a disabled account loses its open documents at once.
  const account = store.users.get(principal.userId);
  if (!doc || !account || account.disabled || !actsAsAccount(principal, account)) return "none";
  switch (doc.type) {
    case "case": {
      const found = store.cases.get(doc.caseId);
      return found ? caseAccessResolver(store, principal)(found) : "none";
    }
    case "meeting":
      return meetingDocumentAccess(store, principal, doc.meetingId, new Date());
  }
}

/**
 * Whether a document's readers see each other's presence. Not in an overleg's own document
 * (`meeting/<meetingId>`): everyone invited to any of its slots reads it, so presence there would
 * tell a guest of one case who sits at another case's slot. Slot and case documents reach only
 * those who may see that case, and share it.
 */
export function documentSharesPresence(store: Store, docName: string): boolean {
  const doc = parseDocName(docName);
  if (doc === null) return false;
  return doc.type === "case" || store.meetings.findSlot(doc.meetingId) !== undefined;
}

/** Whether the principal still has the role, organisation and region the account has now. */
function actsAsAccount(principal: Principal, account: UserRecord): boolean {
  return (
    principal.role === account.role &&
    principal.organisationId === account.organisationId &&
    principal.regio === account.regio
  );
}
