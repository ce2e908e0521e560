/**
 * Triage vocabulary: the questions, their answers, the violence risk (RTI-G), and everything a
 * triage outcome holds (oordeel, advies, AVE, informatieniveau). The engine is shared/triage/.
 */
import { z } from "zod";
import { IsoDateTimeSchema } from "./dates.js";
import { OrganisationKindSchema } from "./organisation.js";

/** An answer to a triage question; `onbekend` means "not answered yet". */
export const ANSWERS = ["ja", "nee", "onbekend"] as const;

/** Schema for a triage answer. */
export const AnswerSchema = z.enum(ANSWERS);

/** A triage answer. */
export type Answer = z.infer<typeof AnswerSchema>;

/** Dutch label per answer. */
export const ANSWER_LABELS: Record<Answer, string> = {
  ja: "Ja",
  nee: "Nee",
  onbekend: "Nog niet beantwoord",
};

/**
 * The triage questions: the four national criteria (domain.md §4) and Rotterdam's
 * "lokaal geprobeerd en vastgelopen". Criteria 1–4 decide `meetsCriteria`: (1 ∧ 2 ∧ 3) ∨ 4.
 */
export const TRIAGE_CRITERIA = [
  "multiproblem",
  "ketensamenwerking",
  "systeem",
  "veiligheid",
  "lokaal_vastgelopen",
] as const;

/** Schema for a triage question id. */
export const TriageCriterionSchema = z.enum(TRIAGE_CRITERIA);

/** A triage question id. */
export type TriageCriterion = z.infer<typeof TriageCriterionSchema>;

/** Short Dutch label per triage question. */
export const TRIAGE_CRITERION_LABELS: Record<TriageCriterion, string> = {
  multiproblem: "Meerdere problemen op meerdere leefgebieden",
  ketensamenwerking: "Samenwerking tussen meerdere ketens nodig",
  systeem: "Impact op gezinssysteem of directe omgeving",
  veiligheid: "Ernstige lokale of gebiedsgebonden veiligheidsproblematiek",
  lokaal_vastgelopen: "Lokaal geprobeerd en vastgelopen",
};

/** The full Dutch question per triage question, as the form asks it. */
export const TRIAGE_CRITERION_QUESTIONS: Record<TriageCriterion, string> = {
  multiproblem:
    "Zijn er meerdere problemen op meer dan één leefgebied die (naar verwachting) leiden tot crimineel of overlastgevend gedrag of verder afglijden?",
  ketensamenwerking:
    "Is samenwerking tussen meerdere ketens (minimaal dwang en drang) nodig voor een effectieve aanpak?",
  systeem:
    "Wordt de problematiek beïnvloed door, of heeft die impact op, het (gezins)systeem of de directe sociale leefomgeving?",
  veiligheid:
    "Is er sprake van ernstige lokale of gebiedsgebonden veiligheidsproblematiek die een ketenoverstijgende aanpak vraagt?",
  lokaal_vastgelopen:
    "Is er lokaal overlegd en veel geprobeerd, maar komen de partners er niet uit?",
};

/** Levels of the violence risk taxation RTI-G, from low to very high. */
export const RTIG_LEVELS = ["laag", "gemiddeld", "hoog", "zeer_hoog"] as const;

/** Schema for an RTI-G level. */
export const RtiGLevelSchema = z.enum(RTIG_LEVELS);

/** An RTI-G level. */
export type RtiGLevel = z.infer<typeof RtiGLevelSchema>;

/** Dutch label per RTI-G level. */
export const RTIG_LEVEL_LABELS: Record<RtiGLevel, string> = {
  laag: "Laag",
  gemiddeld: "Gemiddeld",
  hoog: "Hoog",
  zeer_hoog: "Zeer hoog",
};

/** Triage colours (seed 000), in rising order of which partners are needed. */
export const OORDELEN = ["groen", "oranje", "rood"] as const;

/** Schema for a triage colour. */
export const OordeelSchema = z.enum(OORDELEN);

/** A triage colour. */
export type Oordeel = z.infer<typeof OordeelSchema>;

/** Dutch label per triage colour. */
export const OORDEEL_LABELS: Record<Oordeel, string> = {
  groen: "Groen",
  oranje: "Oranje",
  rood: "Rood",
};

/** Display colour per triage colour. */
export const OORDEEL_COLOURS: Record<Oordeel, string> = {
  groen: "#2e7d32",
  oranje: "#ef6c00",
  rood: "#c62828",
};

/** What the ZVH does with the case after triage. */
export const ADVIEZEN = ["casusoverleg", "advies", "terugverwijzen"] as const;

/** Schema for a triage advice. */
export const AdviesSchema = z.enum(ADVIEZEN);

/** A triage advice. */
export type Advies = z.infer<typeof AdviesSchema>;

/** Dutch label per triage advice. */
export const ADVIES_LABELS: Record<Advies, string> = {
  casusoverleg: "Casusoverleg",
  advies: "Advies",
  terugverwijzen: "Terugverwijzen",
};

/** Levels of the escalation ladder AVE (seed 002). */
export const AVE_LEVELS = [1, 2, 3, 4] as const;

/** Schema for an AVE level. */
export const AveLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** An AVE level. */
export type AveLevel = z.infer<typeof AveLevelSchema>;

/** Dutch label per AVE level, with who carries it. */
export const AVE_LEVEL_LABELS: Record<AveLevel, string> = {
  1: "AVE 1 – Signalering (wethouder)",
  2: "AVE 2 – Reguliere 3D-aanpak (wethouder)",
  3: "AVE 3 – Domeinoverstijgende problematiek (college van B&W)",
  4: "AVE 4 – Totale escalatie (burgemeester)",
};

/** How much partners may share: only that a person is known (DAT) or also what is known (WAT). */
export const INFORMATIENIVEAUS = ["DAT", "WAT"] as const;

/** Schema for an information level. */
export const InformatieniveauSchema = z.enum(INFORMATIENIVEAUS);

/** An information level. */
export type Informatieniveau = z.infer<typeof InformatieniveauSchema>;

/** Dutch label per information level. */
export const INFORMATIENIVEAU_LABELS: Record<Informatieniveau, string> = {
  DAT: "DAT-informatie: alleen óf een persoon bekend is",
  WAT: "WAT-informatie: ook wát er bekend is",
};

/** How much of the triage is filled in; `label` reads like the case list ("nog 3 vragen"). */
export const TriageCompletenessSchema = z.object({
  answered: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  /**
   * How many of the open questions are leefgebieden (scored on the Leefgebieden tab). Absent in
   * outcomes stored before it was counted.
   */
  openLeefgebieden: z.number().int().nonnegative().optional(),
  label: z.string(),
});

/** How much of the triage is filled in. */
export type TriageCompleteness = z.infer<typeof TriageCompletenessSchema>;

/** The outcome of `triageCase`, as shown live and as stored. */
export const TriageResultSchema = z.object({
  rulesVersion: z.string().min(1),
  /** Each question's status, in TRIAGE_CRITERIA order. */
  criteria: z.array(z.object({ id: TriageCriterionSchema, answer: AnswerSchema })),
  /** (1 ∧ 2 ∧ 3) ∨ 4 in three-valued logic: `onbekend` while open answers could still decide it. */
  meetsCriteria: AnswerSchema,
  /** True while a triage question or the RTI-G is still open: the outcome may still change. */
  voorlopig: z.boolean(),
  advies: AdviesSchema,
  ave: AveLevelSchema,
  oordeel: OordeelSchema,
  /** The partner kinds the oordeel calls for (seed 000), cumulative. */
  partners: z.array(OrganisationKindSchema),
  informatieniveau: InformatieniveauSchema,
  priority: z.number().int().min(0).max(100),
  completeness: TriageCompletenessSchema,
  /** Dutch sentences that explain every part of the outcome. */
  reasons: z.array(z.string()),
  /** Ids of the rules table entries that fired, for audit and tests. */
  firedRules: z.array(z.string()),
});

/** The outcome of `triageCase`. */
export type TriageResult = z.infer<typeof TriageResultSchema>;

/** A stored triage outcome: the result (with its rulesVersion) and when and by whom it was taken. */
export const TriageRecordSchema = z.object({
  id: z.string().min(1),
  caseId: z.string().min(1),
  result: TriageResultSchema,
  computedAt: IsoDateTimeSchema,
  /** User id of whoever confirmed the triage ("toegekend"). */
  computedBy: z.string().min(1),
});

/** A stored triage outcome. */
export type TriageRecord = z.infer<typeof TriageRecordSchema>;

/** Triage status in the case list (seed 000): filling in, filled in, confirmed, handled. */
export const TRIAGE_LIST_STATUSES = ["invullen", "ingevuld", "toegekend", "afgehandeld"] as const;

/** Schema for a case-list triage status. */
export const TriageListStatusSchema = z.enum(TRIAGE_LIST_STATUSES);

/** A case-list triage status. */
export type TriageListStatus = z.infer<typeof TriageListStatusSchema>;

/** Dutch label per case-list triage status; `invullen` is shown with the completeness label. */
export const TRIAGE_LIST_STATUS_LABELS: Record<TriageListStatus, string> = {
  invullen: "Invullen",
  ingevuld: "Ingevuld",
  toegekend: "Toegekend",
  afgehandeld: "Afgehandeld",
};
