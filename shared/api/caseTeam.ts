/**
 * Requests and responses of the case team API (`/api/cases/:id/team`), shared by the server's
 * validation and the client's forms. Members are named by user id only (not personal data here);
 * every message is Dutch and names no one.
 */
import { z } from "zod";
import { isAllowedTeamPlace, TEAM_ROLES } from "../domain/caseTeam.js";
import { RoleSchema } from "../domain/roles.js";

/** Why a casusregisseur cannot be read-only; the form, the schema and the server say the same. */
export const READ_ONLY_REGISSEUR_MESSAGE =
  "Een casusregisseur voert de regie over het plan en kan niet alleen lezen.";

const choosePerson = "Kies een persoon.";
const chooseRole = "Kies een rol in de casus.";

/** `POST /api/cases/:id/team`: a partner professional joins the case team. */
export const TeamMemberAddSchema = z
  .object({
    userId: z.string(choosePerson).trim().min(1, choosePerson).max(100),
    caseRole: z.enum(TEAM_ROLES, chooseRole),
    readOnly: z.boolean("Geef aan of deze persoon alleen mag lezen.").default(false),
  })
  .superRefine((value, ctx) => {
    if (!isAllowedTeamPlace(value.caseRole, value.readOnly)) {
      ctx.addIssue({ code: "custom", path: ["readOnly"], message: READ_ONLY_REGISSEUR_MESSAGE });
    }
  });

/** A new team member as the form sends it. */
export type TeamMemberAddInput = z.input<typeof TeamMemberAddSchema>;
/** A new team member after validation. */
export type TeamMemberAddRequest = z.output<typeof TeamMemberAddSchema>;

/** `PATCH /api/cases/:id/team/:userId`: a member's new case role, read-only flag, or both. */
export const TeamMemberChangeSchema = z
  .object({
    caseRole: z.enum(TEAM_ROLES, chooseRole).optional(),
    readOnly: z.boolean("Geef aan of deze persoon alleen mag lezen.").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.caseRole === undefined && value.readOnly === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["caseRole"],
        message: "Geef een nieuwe rol of een nieuw leesrecht op.",
      });
    }
    if (value.caseRole !== undefined && !isAllowedTeamPlace(value.caseRole, !!value.readOnly)) {
      ctx.addIssue({ code: "custom", path: ["readOnly"], message: READ_ONLY_REGISSEUR_MESSAGE });
    }
  });

/** A change to a member as the form sends it. */
export type TeamMemberChangeInput = z.input<typeof TeamMemberChangeSchema>;
/** A change to a member after validation. */
export type TeamMemberChangeRequest = z.output<typeof TeamMemberChangeSchema>;

/** One person the team's manager may add: an active partner professional of the case's region. */
export const TeamCandidateSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  role: RoleSchema,
  /** True when the aanmelding invited this person's organisation to the case. */
  invitedOrganisation: z.boolean(),
});

/** One person the team's manager may add. */
export type TeamCandidate = z.infer<typeof TeamCandidateSchema>;

/** `GET /api/cases/:id/team/candidates`: invited organisations first, then by organisation. */
export const TeamCandidatesSchema = z.object({ candidates: z.array(TeamCandidateSchema) });

/** The people the team's manager may add. */
export type TeamCandidates = z.infer<typeof TeamCandidatesSchema>;
