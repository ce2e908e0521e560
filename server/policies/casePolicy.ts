/**
 * Who may see and change a case. The one place these rules live: HTTP routes and the websocket
 * server both ask here, so a rule holds on every path.
 *
 * - A participant of a case sees it; so does a procesregisseur of the case's region (the ZVH staff
 *   who take in and triage every new case of their region).
 * - Everyone else, including the beheerder, does not: need-to-know (WGS, domain.md §8). A team
 *   member whose account was made beheerder since loses the case too, and so does one whose
 *   account moved to another region (until it moves back) or organisation (a job change: until
 *   the procesregisseur adds them again); they stay listed, without access.
 * - Read-only: a participant marked read-only, and everyone on a closed case.
 * - Registering a case: any partner professional, not the beheerder or an incidental participant.
 * - The triage decision: a procesregisseur with write access.
 * - The case team (casusteam): a procesregisseur with write access manages it; the active partner
 *   professionals of the case's region may join it.
 * - Confidentiality gate: an incidental participant (account role or case role `incidenteel`) is
 *   no standing partner. They see the case only while a `MeetingClearance` names it: they were
 *   invited to it in an overleg, signed its geheimhoudingsverklaring, and the overleg's guest
 *   window (shortly before its start until its end) is open (computed in meetingPolicy.ts).
 *   Without a clearance they see nothing, on every path.
 * - The persons concerned: everyone who sees the case reads their names and dates of birth (whom
 *   the case is about); BSN and address go to standing partners only, not to a guest of an overleg.
 * - The aanmelding: everyone who sees the case reads the aanmelder's question (who, when, reason,
 *   hoped-for help, goal); a guest needs it to take part in the overleg. The intake part (the
 *   partners to invite with their contact persons, whether the person concerned was informed and
 *   why not) is for standing partners only: purpose limitation, a guest is there for one overleg.
 * - The inzageoverzicht (what the case holds on one person concerned, for their request under
 *   art. 15 AVG): the ZVH is the one contact point for such requests (BGS 1.1), so a procesregisseur
 *   of the case's region prepares it, also once the case is closed; nobody else.
 * - Retention: a closed case is destroyed when its retention has passed (server/retention); a
 *   procesregisseur of the case's region may keep it longer with a documented reason; nobody else.
 *   Once its destruction began, nobody sees the case on any path, whatever their role.
 * - Erasure: a registration made in error is erased, before its triage is decided, by a
 *   procesregisseur of its region (AVG art. 17); nobody else.
 */
import { REGISTERING_ROLES } from "../../shared/api/cases.js";
import type { Case } from "../../shared/domain/case.js";
import { casusregisseurOf, TEAM_MEMBER_ACCOUNT_ROLES } from "../../shared/domain/caseTeam.js";
import { isCaseworkRole } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import type { UserRecord } from "../store/schema.js";

/** What a user may do with a case's documents. */
export type CaseAccess = "write" | "read" | "none";

/** Ids of the cases an overleg opens to the principal now (signed verklaring, guest window open). */
export type MeetingClearance = ReadonlySet<string>;

/** Whom case access is computed for: a signed-in principal, or a stored account. */
export type CaseActor = Pick<Principal, "userId" | "role" | "regio" | "organisationId">;

/** A stored account as the team rules see it. */
export type TeamAccount = Pick<UserRecord, "id" | "role" | "regio" | "organisationId" | "disabled">;

/** A stored account as the case rules see it. */
export function caseActorOf(account: Omit<TeamAccount, "disabled">): CaseActor {
  return {
    userId: account.id,
    role: account.role,
    regio: account.regio,
    organisationId: account.organisationId,
  };
}

/** No clearance: only standing partners see a case. */
export const NO_CLEARANCE: MeetingClearance = new Set<string>();

/** Whether the principal may know the case exists and see its content. */
export function canViewCase(
  principal: Principal,
  c: Case,
  clearance: MeetingClearance = NO_CLEARANCE,
): boolean {
  return caseAccess(principal, c, clearance) !== "none";
}

/**
 * True when the principal sits at the case as a standing partner (not as an incidental guest).
 * Team membership counts only while the account is what it joined as: doing casework (one made
 * beheerder or incidentele deelnemer since loses the case), in the case's region, and with the
 * organisation it sat at the case for (someone who moved to another region or employer loses the
 * case on every path, still listed).
 */
export function isStandingPartner(principal: CaseActor, c: Case): boolean {
  if (!isCaseworkRole(principal.role) || principal.regio !== c.regio) return false;
  if (principal.role === "procesregisseur") return true;
  const participant = c.participants.find((p) => p.userId === principal.userId);
  return (
    participant !== undefined &&
    participant.caseRole !== "incidenteel" &&
    (participant.organisationId === undefined ||
      participant.organisationId === principal.organisationId)
  );
}

/**
 * Whether the principal may see the case as a guest of an overleg (after signing its verklaring):
 * someone of the case's region who is not listed in its team. A team member whose membership
 * lapsed (moved to another organisation) is not let in this way either: the team decides.
 */
export function mayBeGuestOf(principal: CaseActor, c: Case): boolean {
  const listed = c.participants.some(
    (p) => p.userId === principal.userId && p.caseRole !== "incidenteel",
  );
  return principal.regio === c.regio && !listed;
}

/** True once the case's destruction began (its retention ended); it is gone for everyone. */
export function isBeingDestroyed(c: Case & { destroying?: unknown }): boolean {
  return c.destroying !== undefined;
}

/** The principal's access to a case's content. */
export function caseAccess(
  principal: CaseActor,
  c: Case,
  clearance: MeetingClearance = NO_CLEARANCE,
): CaseAccess {
  if (isBeingDestroyed(c)) return "none";
  const participant = c.participants.find((p) => p.userId === principal.userId);
  const regionalChair = principal.role === "procesregisseur" && principal.regio === c.regio;
  if (!isStandingPartner(principal, c)) {
    // Guests of an overleg read; they never edit the case documents.
    return clearance.has(c.id) ? "read" : "none";
  }
  if (c.phase === "gesloten") return "read";
  if (participant?.readOnly && !regionalChair) return "read";
  return "write";
}

/**
 * Whether the principal, who may see the case, also sees the intake part of its aanmelding: the
 * invited partners with their contact persons, and whether (and why not) the person concerned was
 * informed. Standing partners only. A guest of an overleg (WGS 2.25, purpose limitation) is invited
 * for that one sitting: the aanmelder's question lets them take part, while the names and contacts
 * of the professionals asked to the table, and a reason such as a running criminal investigation,
 * serve the intake and the preparation, not the guest's part.
 */
export function maySeeAanmeldingIntake(principal: CaseActor, c: Case): boolean {
  return isStandingPartner(principal, c);
}

/**
 * Whether the principal, who may see the case, also reads the BSN and address of its persons
 * concerned. Standing partners only: they match the person with their own records (a police officer
 * looks the BSN up). A guest of an overleg, a school or a housing corporation invited once, knows
 * whom the case is about from name and date of birth; more is not needed for their part (WGS 2.25).
 */
export function maySeeBetrokkeneDetails(principal: CaseActor, c: Case): boolean {
  return isStandingPartner(principal, c);
}

/** Whether the principal may register (aanmelden) a new case: any partner professional. */
export function mayRegisterCase(principal: Principal): boolean {
  return REGISTERING_ROLES.includes(principal.role);
}

/** Whether the principal may record the triage decision: a procesregisseur with write access. */
export function mayDecideTriage(principal: Principal, c: Case): boolean {
  return principal.role === "procesregisseur" && caseAccess(principal, c) === "write";
}

/** Whether the principal may manage the case team (add, change, remove): a procesregisseur with write access. */
export function mayManageCaseTeam(principal: CaseActor, c: Case): boolean {
  return principal.role === "procesregisseur" && caseAccess(principal, c) === "write";
}

/**
 * Whether the principal may prepare the inzageoverzicht of a person concerned: a procesregisseur
 * of the case's region, whatever the case's phase (a request often comes after the case closed).
 */
export function mayExportInzage(principal: CaseActor, c: Case): boolean {
  return (
    principal.role === "procesregisseur" && principal.regio === c.regio && !isBeingDestroyed(c)
  );
}

/** Whether the principal may extend the retention of a case: a procesregisseur of its region, once closed. */
export function mayExtendRetention(principal: CaseActor, c: Case): boolean {
  return (
    principal.role === "procesregisseur" &&
    principal.regio === c.regio &&
    c.phase === "gesloten" &&
    !isBeingDestroyed(c)
  );
}

/**
 * Whether the principal may erase the case as registered in error (shared/api/caseErasure.ts): a
 * procesregisseur of its region with write access, while the triage is undecided. Once decided,
 * the case's record is what the partners worked on, and only its retention ends it.
 */
export function mayEraseCase(principal: CaseActor, c: Case): boolean {
  return (
    principal.role === "procesregisseur" &&
    principal.regio === c.regio &&
    caseAccess(principal, c) === "write" &&
    (c.phase === "aanmelding" || c.phase === "triage")
  );
}

/**
 * Whether the principal may bring a case's afschaling up to date, or close the case, outside an
 * overleg: its casusregisseur and the region's procesregisseurs (domain.md §3, step 4), with write
 * access, once the chair started the afschaling at the table.
 */
export function mayChangeAfschaling(principal: CaseActor, c: Case): boolean {
  if (c.phase !== "afschaling" || caseAccess(principal, c) !== "write") return false;
  const casusregisseur = casusregisseurOf(c.participants)?.userId === principal.userId;
  return casusregisseur || (principal.role === "procesregisseur" && principal.regio === c.regio);
}

/** Whether an account may join the case team: an active partner professional of the case's region. */
export function mayJoinCaseTeam(account: TeamAccount, c: Case): boolean {
  return (
    !account.disabled &&
    TEAM_MEMBER_ACCOUNT_ROLES.includes(account.role) &&
    account.regio === c.regio
  );
}

/**
 * Whether the account is listed in the team but its membership lapsed (it moved to another
 * organisation), while it may join again: the manager adds it anew, for its organisation of now.
 */
export function isLapsedMember(account: TeamAccount, c: Case): boolean {
  const listed = c.participants.some(
    (p) => p.userId === account.id && p.caseRole !== "incidenteel",
  );
  return listed && mayJoinCaseTeam(account, c) && !isStandingPartner(caseActorOf(account), c);
}
