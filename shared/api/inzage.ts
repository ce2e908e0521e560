/**
 * The inzageoverzicht: what Casustafel holds on one person concerned of a case, prepared by the
 * procesregisseur when that person asks (art. 15 AVG; the ZVH answers for all partners, BGS 1.1).
 * Downloaded as PDF, or as DOCX so the procesregisseur can black out what concerns others before
 * handing it over. The address names the case and the person by id only.
 */
import { z } from "zod";
import { VERSLAG_FORMATS, type VerslagFormat } from "./meetings.js";

/** Route parameters of `GET /api/cases/:id/inzage/:betrokkeneId/:format`. */
export const InzageParamsSchema = z.object({
  id: z.string().min(1).max(100),
  betrokkeneId: z.string().min(1).max(100),
  format: z.enum(VERSLAG_FORMATS, "Kies pdf of docx."),
});

/** The address of one person's inzageoverzicht in one format. */
export function inzageExportPath(
  caseId: string,
  betrokkeneId: string,
  format: VerslagFormat,
): string {
  return `/api/cases/${caseId}/inzage/${betrokkeneId}/${format}`;
}
