/**
 * The case team API (`/api/cases/:id/team`) as the client uses it, with the shared schemas of
 * shared/api/caseTeam.ts. Paths carry the case id and a member's user id only; every change
 * answers the case as it is afterwards, so the page shows the server's truth.
 */
import {
  TeamCandidatesSchema,
  TeamMemberAddSchema,
  TeamMemberChangeSchema,
  type TeamCandidate,
  type TeamMemberAddInput,
  type TeamMemberChangeInput,
} from "../../shared/api/caseTeam.js";
import { CaseDetailSchema, type CaseDetail } from "../../shared/api/cases.js";
import { requestJson } from "./http.js";

/** The path of one case's team resource. */
function teamPathOf(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/team`;
}

/** The path of one member of a case's team. */
function memberPathOf(caseId: string, userId: string): string {
  return `${teamPathOf(caseId)}/${encodeURIComponent(userId)}`;
}

/** The partner professionals the team's manager may add, invited organisations first. */
export async function fetchTeamCandidates(
  caseId: string,
  signal?: AbortSignal,
): Promise<TeamCandidate[]> {
  const body = await requestJson("GET", `${teamPathOf(caseId)}/candidates`, TeamCandidatesSchema, {
    signal,
  });
  return body.candidates;
}

/** Adds a partner professional to the team; answers the case with its new team. */
export function addTeamMember(caseId: string, member: TeamMemberAddInput): Promise<CaseDetail> {
  return requestJson("POST", teamPathOf(caseId), CaseDetailSchema, {
    body: TeamMemberAddSchema.parse(member),
  });
}

/** Changes a member's case role and/or read-only flag; answers the case with its new team. */
export function changeTeamMember(
  caseId: string,
  userId: string,
  change: TeamMemberChangeInput,
): Promise<CaseDetail> {
  return requestJson("PATCH", memberPathOf(caseId, userId), CaseDetailSchema, {
    body: TeamMemberChangeSchema.parse(change),
  });
}

/** Removes a member from the team; answers the case with its new team. */
export function removeTeamMember(caseId: string, userId: string): Promise<CaseDetail> {
  return requestJson("DELETE", memberPathOf(caseId, userId), CaseDetailSchema);
}
