/**
 * The case team (casusteam): the standing partners of one case and the rule that shapes it,
 * "1 gezin, 1 plan, 1 regisseur" (domain.md §2): a case has at most one casusregisseur. Pure, so
 * the server applies it before it stores a team and the client can say who would step down.
 */
import type { CaseParticipant, CaseRole } from "./case.js";
import type { Role } from "./roles.js";

/**
 * The case roles given through the case team. A procesregisseur joins a case by taking it in
 * (registration, triage decision); incidental participants are invited per overleg.
 */
export const TEAM_ROLES = ["deelnemer", "casusregisseur"] as const satisfies readonly CaseRole[];

/** A case role given through the case team. */
export type TeamRole = (typeof TEAM_ROLES)[number];

/** True for the case roles the team's manager gives and changes. */
export function isTeamRole(role: CaseRole): role is TeamRole {
  return (TEAM_ROLES as readonly CaseRole[]).includes(role);
}

/**
 * Account roles that may join a case team: the partner professionals. Not the beheerder (no
 * casework), not an incidentele deelnemer (invited per overleg, after signing the verklaring), not
 * a procesregisseur (ZVH staff, who see their region's cases already).
 */
export const TEAM_MEMBER_ACCOUNT_ROLES: readonly Role[] = ["casusregisseur", "deelnemer"];

/** Whether a place at the table is allowed: the casusregisseur owns the content, so writes. */
export function isAllowedTeamPlace(caseRole: CaseRole, readOnly: boolean): boolean {
  return !(caseRole === "casusregisseur" && readOnly);
}

/** The case's casusregisseur, if it has one (from stored participants or as presented). */
export function casusregisseurOf<P extends Pick<CaseParticipant, "caseRole">>(
  participants: readonly P[],
): P | undefined {
  return participants.find((p) => p.caseRole === "casusregisseur");
}

/**
 * The team with `member` in it: their entry replaced where it was, or added at the end. When they
 * become casusregisseur, whoever was casusregisseur before becomes deelnemer, so there is one.
 */
export function placeInTeam(
  participants: readonly CaseParticipant[],
  member: CaseParticipant,
): CaseParticipant[] {
  const stepsDown = (p: CaseParticipant) =>
    member.caseRole === "casusregisseur" &&
    p.caseRole === "casusregisseur" &&
    p.userId !== member.userId;
  const team = participants.map((p): CaseParticipant => {
    if (p.userId === member.userId) return member;
    return stepsDown(p) ? { ...p, caseRole: "deelnemer" } : p;
  });
  return team.some((p) => p.userId === member.userId) ? team : [...team, member];
}

/** The team without `userId`. */
export function withoutMember(
  participants: readonly CaseParticipant[],
  userId: string,
): CaseParticipant[] {
  return participants.filter((p) => p.userId !== userId);
}
