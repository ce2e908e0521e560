/**
 * Erasing a case registered in error (`POST /api/cases/:id/verwijdering`): before the triage is
 * decided, a procesregisseur of the case's region removes a registration that should never have
 * been made, as the AVG asks of data processed without ground (art. 17). Why is one of a few fixed
 * reasons, never free text: it is kept in the audit trail, which must not hold personal data
 * beyond ids. What the case held goes as at the end of its retention, and the reports do not count
 * it.
 */
import { z } from "zod";

/** Why a registration is erased. */
export const CASE_ERASURE_REASONS = [
  "dubbele_aanmelding",
  "verkeerde_persoon",
  "ten_onrechte_aangemeld",
] as const;

/** One reason for erasing a registration. */
export type CaseErasureReason = (typeof CASE_ERASURE_REASONS)[number];

/** The reasons as the case page offers them. */
export const CASE_ERASURE_REASON_LABELS: Record<CaseErasureReason, string> = {
  dubbele_aanmelding: "Dubbele aanmelding: deze casus is al aangemeld",
  verkeerde_persoon: "Aangemeld over de verkeerde persoon",
  ten_onrechte_aangemeld: "Anders ten onrechte aangemeld",
};

/** `POST /api/cases/:id/verwijdering`. */
export const CaseErasureSchema = z.object({
  reden: z.enum(CASE_ERASURE_REASONS, "Kies waarom deze aanmelding wordt verwijderd."),
});

/** A parsed erasure request. */
export type CaseErasure = z.infer<typeof CaseErasureSchema>;
