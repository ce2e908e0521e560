/**
 * Forms the case team (casusteam): the procesregisseur adds partner professionals as deelnemer or
 * casusregisseur, changes their case role or read-only flag, and removes them. Each change is one
 * write of the case's participants, which makes the store re-check the case's open sockets: a
 * removed member's are closed, a member made read-only is downgraded. "1 gezin, 1 plan, 1
 * regisseur": a new casusregisseur turns the previous one into deelnemer in that same write.
 * A removed member is also taken off the case's slots in the overleggen not started yet
 * (invitationWithdrawer.ts), so no invitation keeps the case open to them as a guest.
 */
import { invalidFieldMessage } from "../../shared/api/fieldLabels.js";
import {
  READ_ONLY_REGISSEUR_MESSAGE,
  type TeamMemberAddRequest,
  type TeamMemberChangeRequest,
} from "../../shared/api/caseTeam.js";
import type { CaseParticipant } from "../../shared/domain/case.js";
import {
  casusregisseurOf,
  isAllowedTeamPlace,
  isTeamRole,
  placeInTeam,
  withoutMember,
} from "../../shared/domain/caseTeam.js";
import type { Principal } from "../auth/principal.js";
import { badRequest, conflict, forbidden, notFound } from "../errors.js";
import {
  withdrawCaseInvitations,
  type WithdrawnInvitation,
} from "../meetings/invitationWithdrawer.js";
import { isLapsedMember, mayJoinCaseTeam, mayManageCaseTeam } from "../policies/casePolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { findVisibleCase } from "./caseOpener.js";

/** What a team change did, for the audit trail: the member's place and who stepped down. */
export interface TeamChange {
  caseRecord: CaseRecord;
  member: CaseParticipant;
  /** The previous casusregisseur, when this change made them deelnemer. */
  steppedDown: string | null;
  /** The overleggen not started yet whose invitations to the case a removal withdrew. */
  withdrawn: WithdrawnInvitation[];
}

/** The case, when the principal may manage its team: 404 if not visible, 403 if not allowed. */
export function findManagedCase(store: Store, principal: Principal, caseId: string): CaseRecord {
  const c = findVisibleCase(store, principal, caseId);
  if (!mayManageCaseTeam(principal, c)) throw forbidden();
  return c;
}

/** A member of the case's team by user id; 404 when they are not in it. */
function memberOf(c: CaseRecord, userId: string): CaseParticipant {
  const member = c.participants.find((p) => p.userId === userId);
  if (!member) throw notFound();
  return member;
}

/**
 * Stores the new team. It is written in one go, so the one-casusregisseur rule never shows a
 * moment with two. (The team's manager is the region's procesregisseur, who manages it whoever
 * is in it: no change to the team can leave it without one.)
 */
async function storeTeam(
  store: Store,
  c: CaseRecord,
  team: CaseParticipant[],
  member: CaseParticipant,
): Promise<TeamChange> {
  const before = casusregisseurOf(c.participants);
  const steppedDown =
    before !== undefined &&
    before.userId !== member.userId &&
    team.some((p) => p.userId === before.userId && p.caseRole === "deelnemer")
      ? before.userId
      : null;
  await store.cases.setParticipants(c.id, team);
  return { caseRecord: c, member, steppedDown, withdrawn: [] };
}

/** Adds a partner professional to the team; 400 for an unknown or unsuitable account, 409 if in it. */
export async function addTeamMember(
  store: Store,
  principal: Principal,
  caseId: string,
  request: TeamMemberAddRequest,
  now = new Date(),
): Promise<TeamChange> {
  const c = findManagedCase(store, principal, caseId);
  const account = store.users.get(request.userId);
  if (!account) throw badRequest(invalidFieldMessage("userId", "onbekende gebruiker."));
  if (account.role === "incidenteel") {
    throw badRequest(
      invalidFieldMessage(
        "userId",
        "een incidentele deelnemer wordt per overleg uitgenodigd, niet aan het casusteam toegevoegd.",
      ),
    );
  }
  if (!mayJoinCaseTeam(account, c)) {
    throw badRequest(
      invalidFieldMessage("userId", "deze persoon kan niet aan het casusteam worden toegevoegd."),
    );
  }
  // Listed with a lapsed membership (moved to another organisation): added anew, in place.
  if (c.participants.some((p) => p.userId === account.id) && !isLapsedMember(account, c)) {
    throw conflict("Deze persoon hoort al bij het casusteam.");
  }
  const member: CaseParticipant = {
    userId: account.id,
    caseRole: request.caseRole,
    readOnly: request.readOnly,
    addedAt: now.toISOString(),
    organisationId: account.organisationId,
  };
  return storeTeam(store, c, placeInTeam(c.participants, member), member);
}

/** Changes a member's case role and/or read-only flag; 404 if not in the team, 409 if not allowed. */
export async function changeTeamMember(
  store: Store,
  principal: Principal,
  caseId: string,
  userId: string,
  request: TeamMemberChangeRequest,
): Promise<TeamChange> {
  const c = findManagedCase(store, principal, caseId);
  const current = memberOf(c, userId);
  if (!isTeamRole(current.caseRole)) {
    throw conflict(
      "Alleen de rol en leesrechten van deelnemers en de casusregisseur worden in het casusteam gewijzigd.",
    );
  }
  const member: CaseParticipant = {
    ...current,
    caseRole: request.caseRole ?? current.caseRole,
    readOnly: request.readOnly ?? current.readOnly,
  };
  if (!isAllowedTeamPlace(member.caseRole, member.readOnly)) {
    throw conflict(READ_ONLY_REGISSEUR_MESSAGE);
  }
  return storeTeam(store, c, placeInTeam(c.participants, member), member);
}

/**
 * Removes a member from the team, and from the case's slots in every overleg not started yet;
 * 404 if not in the team, 409 if no one could manage the team after (then nothing changes).
 */
export async function removeTeamMember(
  store: Store,
  principal: Principal,
  caseId: string,
  userId: string,
  now = new Date(),
): Promise<TeamChange> {
  const c = findManagedCase(store, principal, caseId);
  const member = memberOf(c, userId);
  const change = await storeTeam(store, c, withoutMember(c.participants, userId), member);
  return { ...change, withdrawn: await withdrawCaseInvitations(store, c.id, userId, now) };
}
