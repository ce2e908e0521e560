/**
 * Leefgebieden (life domains): the 13 domains of the Zelfredzaamheid-Matrix 2017 plus
 * `verblijfsstatus`, the 1–5 scale, and when a score counts as stale (domain.md §5).
 */
import { z } from "zod";
import { daysBetween, IsoDateTimeSchema } from "./dates.js";

/** The leefgebieden in ZRM-2017 order, with `verblijfsstatus` added as the fourteenth. */
export const LEEFGEBIEDEN = [
  "financien",
  "werk_opleiding",
  "tijdsbesteding",
  "huisvesting",
  "huiselijke_relaties",
  "geestelijke_gezondheid",
  "lichamelijke_gezondheid",
  "middelengebruik",
  "basale_adl",
  "instrumentele_adl",
  "sociaal_netwerk",
  "maatschappelijke_participatie",
  "justitie",
  "verblijfsstatus",
] as const;

/** Schema for a leefgebied key. */
export const LeefgebiedSchema = z.enum(LEEFGEBIEDEN);

/** A leefgebied key. */
export type Leefgebied = z.infer<typeof LeefgebiedSchema>;

/** Dutch label per leefgebied, as the ZRM names it. */
export const LEEFGEBIED_LABELS: Record<Leefgebied, string> = {
  financien: "Financiën",
  werk_opleiding: "Werk & Opleiding",
  tijdsbesteding: "Tijdsbesteding",
  huisvesting: "Huisvesting",
  huiselijke_relaties: "Huiselijke relaties",
  geestelijke_gezondheid: "Geestelijke gezondheid",
  lichamelijke_gezondheid: "Lichamelijke gezondheid",
  middelengebruik: "Middelengebruik",
  basale_adl: "Basale ADL",
  instrumentele_adl: "Instrumentele ADL",
  sociaal_netwerk: "Sociaal netwerk",
  maatschappelijke_participatie: "Maatschappelijke participatie",
  justitie: "Justitie",
  verblijfsstatus: "Verblijfsstatus",
};

/**
 * The leefgebied a line of text names, as a line in "Afspraken per leefgebied" does: "Huisvesting:"
 * as the template writes it, or "Huisvesting: urgentie aanvragen" once what was agreed is noted
 * after it. What comes before the first colon (the whole line without one) is one label, ignoring
 * case and spaces. Null for anything else: a line naming more than one domain ("Gezondheid en
 * middelengebruik:") is no single leefgebied, prose without a colon is none, and no guess is made.
 */
export function leefgebiedNamedBy(text: string): Leefgebied | null {
  const colon = text.indexOf(":");
  const name = (colon === -1 ? text : text.slice(0, colon)).trim().toLocaleLowerCase("nl");
  return LEEFGEBIEDEN.find((l) => LEEFGEBIED_LABELS[l].toLocaleLowerCase("nl") === name) ?? null;
}

/** The instrument and version recorded with every leefgebieden document. */
export const LEEFGEBIEDEN_INSTRUMENT_VERSION = "ZRM-2017+verblijfsstatus";

/** The ZRM scale values: 1 is acute, 5 fully self-reliant. */
export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;

/** Schema for one ZRM score. */
export const ZrmScoreSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);

/** One ZRM score, 1 (acute) to 5 (volledig zelfredzaam). */
export type ZrmScore = z.infer<typeof ZrmScoreSchema>;

/** Dutch label per scale value. */
export const ZRM_SCORE_LABELS: Record<ZrmScore, string> = {
  1: "Acute problematiek",
  2: "Niet zelfredzaam",
  3: "Beperkt zelfredzaam",
  4: "Voldoende zelfredzaam",
  5: "Volledig zelfredzaam",
};

/** Display colour per scale value (red for acute through green); text on them is dark except 1. */
export const ZRM_SCORE_COLOURS: Record<ZrmScore, string> = {
  1: "#c62828",
  2: "#ef6c00",
  3: "#f9a825",
  4: "#9ccc65",
  5: "#2e7d32",
};

/** A score older than this many days is shown as stale and should be re-assessed. */
export const LEEFGEBIED_STALE_AFTER_DAYS = 30;

/** One dated score on one leefgebied: who set it, when, and an optional note. */
export const LeefgebiedScoreSchema = z.object({
  leefgebied: LeefgebiedSchema,
  score: ZrmScoreSchema,
  note: z.string().max(2000).optional(),
  /** User id of whoever set the score. */
  setBy: z.string().min(1),
  setAt: IsoDateTimeSchema,
});

/** One dated score on one leefgebied. */
export type LeefgebiedScore = z.infer<typeof LeefgebiedScoreSchema>;

/** True when a score set at `setAt` is more than 30 days old on `today` (yyyy-mm-dd). */
export function isScoreStale(setAt: string, today: string): boolean {
  const age = daysBetween(setAt, today);
  // An unreadable date cannot vouch for freshness, so it counts as stale.
  return age === null || age > LEEFGEBIED_STALE_AFTER_DAYS;
}
