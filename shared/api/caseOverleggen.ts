/**
 * The overleggen a case is on the agenda of, as its case page lists them for its standing partners
 * (never for a guest of one overleg): when the case was or will be discussed, and the fixed
 * versions of each overleg's verslag for the case.
 *
 *   GET /api/cases/:id/overleggen                                   the list, oldest first
 *   GET /api/cases/:id/overleggen/:slotId/verslag/:version/:format  one fixed version (PDF, DOCX)
 *
 * The download is the one the overleg's own page gives (`mayDownloadVerslag`), reachable without
 * an invitation to that overleg for those who follow the case up: its casusregisseur and the
 * region's procesregisseurs.
 */
import { z } from "zod";
import { IsoDateTimeSchema } from "../domain/dates.js";
import {
  MAX_VERSLAG_VERSION,
  MEETING_STATUSES,
  MeetingKindSchema,
  VERSLAG_FORMATS,
  type VerslagFormat,
} from "./meetings.js";

/** One overleg of the case: the slot in which the case was (or will be) discussed. */
export const CaseOverlegSchema = z.object({
  meetingId: z.string(),
  slotId: z.string(),
  /**
   * The overleg's title, for those invited to the case's slot; null for others: a title may name
   * another case on its agenda (meetingTitle.ts lets only that case's invitees read it).
   */
  title: z.string().nullable(),
  kind: MeetingKindSchema,
  startsAt: IsoDateTimeSchema,
  status: z.enum(MEETING_STATUSES),
  /** True when the caller is invited to the case's slot, so the overleg's page opens for them. */
  mayOpen: z.boolean(),
  /** The fixed versions of the verslag of this case in this overleg, oldest first. */
  versions: z.array(
    z.object({ version: z.number().int().positive(), frozenAt: IsoDateTimeSchema }),
  ),
  /** True when the caller may download those versions. */
  mayDownload: z.boolean(),
});

/** One overleg of the case. */
export type CaseOverleg = z.infer<typeof CaseOverlegSchema>;

/** `GET /api/cases/:id/overleggen`. */
export const CaseOverleggenSchema = z.object({ overleggen: z.array(CaseOverlegSchema) });

/** The case's overleggen. */
export type CaseOverleggen = z.infer<typeof CaseOverleggenSchema>;

/** The path parameters of a download from the case page. */
export const CaseVerslagParamsSchema = z.object({
  id: z.string().min(1).max(100),
  slotId: z.string().min(1).max(100),
  version: z.coerce.number().int().min(1).max(MAX_VERSLAG_VERSION),
  format: z.enum(VERSLAG_FORMATS),
});

/** API path of the case's overleggen. */
export function caseOverleggenPath(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/overleggen`;
}

/** API path of one fixed verslag version downloaded from the case page. */
export function caseVerslagPath(
  caseId: string,
  slotId: string,
  version: number,
  format: VerslagFormat,
): string {
  return `${caseOverleggenPath(caseId)}/${encodeURIComponent(slotId)}/verslag/${version}/${format}`;
}
