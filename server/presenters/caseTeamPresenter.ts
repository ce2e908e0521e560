/** What leaves the server about the people a case team may take in: names and organisations only. */
import type { TeamCandidate, TeamCandidates } from "../../shared/api/caseTeam.js";
import type { TeamCandidateAccount } from "../commands/caseTeamCandidates.js";
import type { Store } from "../store/store.js";

/** Orders candidates: the organisations the aanmelding invited first, then by organisation and name. */
function byInvitationThenName(a: TeamCandidate, b: TeamCandidate): number {
  if (a.invitedOrganisation !== b.invitedOrganisation) return a.invitedOrganisation ? -1 : 1;
  return (
    a.organisationName.localeCompare(b.organisationName, "nl") ||
    a.displayName.localeCompare(b.displayName, "nl")
  );
}

/** Presents the candidates for the team picker, invited organisations first. */
export function presentTeamCandidates(
  store: Store,
  candidates: readonly TeamCandidateAccount[],
): TeamCandidates {
  return {
    candidates: candidates
      .map(({ account, invitedOrganisation }) => ({
        userId: account.id,
        displayName: account.displayName,
        organisationId: account.organisationId,
        organisationName: store.organisations.get(account.organisationId)?.name ?? "",
        role: account.role,
        invitedOrganisation,
      }))
      .sort(byInvitationThenName),
  };
}
