/**
 * The people the case team's manager may add: active partner professionals of the case's region
 * who are not in the team yet (or whose membership lapsed when they moved to another
 * organisation), each marked when the aanmelding invited their organisation.
 */
import type { Principal } from "../auth/principal.js";
import { isLapsedMember, mayJoinCaseTeam } from "../policies/casePolicy.js";
import type { CaseRecord, UserRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { findManagedCase } from "./caseTeamEditor.js";

/** An account that may join the team, and whether the aanmelding invited its organisation. */
export interface TeamCandidateAccount {
  account: UserRecord;
  invitedOrganisation: boolean;
}

/** The candidates for the case's team; 404 if the case is not visible, 403 if not its manager. */
export function listTeamCandidates(
  store: Store,
  principal: Principal,
  caseId: string,
): { caseRecord: CaseRecord; candidates: TeamCandidateAccount[] } {
  const c = findManagedCase(store, principal, caseId);
  const members = new Set(c.participants.map((p) => p.userId));
  const invited = new Set(c.aanmelding?.partners.map((p) => p.organisationId) ?? []);
  const candidates = store.users
    .list()
    .filter(
      (account) =>
        (!members.has(account.id) && mayJoinCaseTeam(account, c)) || isLapsedMember(account, c),
    )
    .map((account) => ({ account, invitedOrganisation: invited.has(account.organisationId) }));
  return { caseRecord: c, candidates };
}
