/** A case (casus): the person or family discussed at the ZVH table, its phase and its participants. */
import { z } from "zod";
import { BsnSchema } from "./bsn.js";

/** Phases of a case, in process order (domain.md §3). */
export const CASE_PHASES = [
  "aanmelding",
  "triage",
  "casusoverleg",
  "uitvoering",
  "afschaling",
  "gesloten",
] as const;

/** Schema for a case phase. */
export const CasePhaseSchema = z.enum(CASE_PHASES);

/** A case phase. */
export type CasePhase = z.infer<typeof CasePhaseSchema>;

/** Dutch label per phase. */
export const CASE_PHASE_LABELS: Record<CasePhase, string> = {
  aanmelding: "Aanmelding",
  triage: "Triage",
  casusoverleg: "Casusoverleg",
  uitvoering: "Uitvoering",
  afschaling: "Afschaling",
  gesloten: "Gesloten",
};

/** The eight kinds of casusoverleg (domain.md §7); each has its own document templates. */
export const CASE_KINDS = [
  "casus_op_maat",
  "pga_top_x",
  "huiselijk_geweld",
  "radicalisering",
  "verward_gedrag",
  "nazorg",
  "jeugdgroep",
  "lokale_kamer",
] as const;

/** Schema for a kind of casusoverleg. */
export const CaseKindSchema = z.enum(CASE_KINDS);

/** A kind of casusoverleg. */
export type CaseKind = z.infer<typeof CaseKindSchema>;

/** Dutch label per kind of casusoverleg. */
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  casus_op_maat: "Casus op Maat",
  pga_top_x: "Persoonsgerichte aanpak / Top-X",
  huiselijk_geweld: "Huiselijk geweld, eergerelateerd geweld en stalking",
  radicalisering: "Radicalisering en extremisme",
  verward_gedrag: "Personen met verward gedrag en gevaarsrisico",
  nazorg: "Re-integratie (ex-)gedetineerden en nazorg",
  jeugdgroep: "(Overlastgevende) jeugdgroep",
  lokale_kamer: "Lokale kamer / lokaal MDO",
};

/** The role a user has within one case (distinct from the account role). */
export const CASE_ROLES = [
  "procesregisseur",
  "casusregisseur",
  "deelnemer",
  "incidenteel",
] as const;

/** Schema for a role within a case. */
export const CaseRoleSchema = z.enum(CASE_ROLES);

/** A role within one case. */
export type CaseRole = z.infer<typeof CaseRoleSchema>;

/** Dutch label per role within a case, as the case team shows it. */
export const CASE_ROLE_LABELS: Record<CaseRole, string> = {
  procesregisseur: "Procesregisseur",
  casusregisseur: "Casusregisseur",
  deelnemer: "Deelnemer",
  incidenteel: "Incidentele deelnemer",
};

/** One user's place at a case: invited participants may see and (unless read-only) edit it. */
export const CaseParticipantSchema = z.object({
  userId: z.string().min(1),
  caseRole: CaseRoleSchema,
  /** Read-only participants receive the documents but may not change them. */
  readOnly: z.boolean().default(false),
  addedAt: z.string(),
  /**
   * The organisation the member sits at the case for, as their account had it when they joined:
   * the membership counts only while the account is still with it (casePolicy.ts). Absent only in
   * entries not tied to one; a store written before it was recorded fills it in on load.
   */
  organisationId: z.string().min(1).optional(),
});

/** One user's place at a case. */
export type CaseParticipant = z.infer<typeof CaseParticipantSchema>;

/** A person concerned (betrokkene). Personal data: never logged, never put in a URL. */
export const BetrokkeneSchema = z.object({
  id: z.string().min(1),
  naam: z.string().min(1).max(200),
  geboortedatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "geboortedatum moet jjjj-mm-dd zijn"),
  /** Optional; when present it must pass the elfproef (see bsn.ts). */
  bsn: BsnSchema.optional(),
  adres: z.string().max(300).optional(),
  postcode: z.string().max(10).optional(),
  woonplaats: z.string().max(100).optional(),
});

/** A person concerned (betrokkene). */
export type Betrokkene = z.infer<typeof BetrokkeneSchema>;

/** A case as stored and as presented to users who may see it. */
export const CaseSchema = z.object({
  id: z.string().min(1),
  /** A short neutral title for agendas and lists, e.g. "Demo casus A". */
  title: z.string().min(1).max(200),
  phase: CasePhaseSchema,
  kind: CaseKindSchema,
  gemeente: z.string().min(1).max(100),
  regio: z.string().min(1).max(100),
  betrokkenen: z.array(BetrokkeneSchema),
  participants: z.array(CaseParticipantSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

/** A case as stored. */
export type Case = z.infer<typeof CaseSchema>;
