/**
 * The management report (`GET /api/reports`), shared by the server's validation and the Rapportages
 * page. A report holds counts, percentages and medians of one region only: never a name, BSN, case
 * title or id, and no row per case. The query string carries two dates and nothing else.
 */
import { z } from "zod";
import { CasePhaseSchema, CaseKindSchema } from "../domain/case.js";
import { daysBetween, IsoDateSchema } from "../domain/dates.js";
import type { Role } from "../domain/roles.js";
import { AdviesSchema, OordeelSchema } from "../domain/triage.js";
import { MeetingKindSchema } from "./meetings.js";

/**
 * Who reads reports: the procesregisseur, for their own region. They see every case of the region
 * anyway (casePolicy.ts), so the aggregates tell them nothing they may not know.
 */
export const REPORT_ROLES: readonly Role[] = ["procesregisseur"];

/** Months a report covers when the query names no begin date: this month and the eleven before. */
export const DEFAULT_REPORT_MONTHS = 12;

/** The longest period one report may cover, in days (five years). */
export const MAX_REPORT_DAYS = 5 * 366;

/** A calendar day; a repeated parameter gets the same message as a malformed one. */
const dayParam = z
  .string({ message: "datum moet een bestaande dag zijn, als jjjj-mm-dd" })
  .pipe(IsoDateSchema);

/** `GET /api/reports` query: both dates optional (yyyy-mm-dd, Dutch calendar days, inclusive). */
export const ReportQuerySchema = z.object({
  from: dayParam.optional(),
  to: dayParam.optional(),
});

/** The parsed report query. */
export type ReportQuery = z.output<typeof ReportQuerySchema>;

/** The period of a report once defaults are filled in: runs forwards and is at most five years. */
export const ReportPeriodSchema = z
  .object({ from: dayParam, to: dayParam })
  .refine((p) => p.from <= p.to, {
    path: ["to"],
    message: "de einddatum ligt voor de begindatum",
  })
  .refine((p) => (daysBetween(p.from, p.to) ?? 0) < MAX_REPORT_DAYS, {
    path: ["from"],
    message: "de periode mag hoogstens vijf jaar zijn",
  });

/** The period of a report: first and last Dutch calendar day, both inclusive. */
export type ReportPeriod = z.output<typeof ReportPeriodSchema>;

/** The first day of the month `months` months before the month of `date` (yyyy-mm-dd). */
export function firstOfMonthBefore(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 - months;
  const shifted = new Date(Date.UTC(year, month, 1));
  return shifted.toISOString().slice(0, 10);
}

/**
 * The period a query asks for, with defaults: up to `today`, from the first day of the month
 * eleven months earlier (twelve whole calendar months on the chart). A begin date after today
 * without an end date reads as that one day. The result still has to pass `ReportPeriodSchema`.
 */
export function reportPeriodOf(query: ReportQuery, today: string): { from: string; to: string } {
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const from = query.from ?? firstOfMonthBefore(to, DEFAULT_REPORT_MONTHS - 1);
  return { from, to };
}

/** A count with its share of a total in whole percent (null when the total is 0). */
const shareShape = {
  count: z.number().int().nonnegative(),
  percentage: z.number().int().min(0).max(100).nullable(),
};

/** A median in calendar days over `cases` cases (null when there are none). */
const DoorlooptijdSchema = z.object({
  cases: z.number().int().nonnegative(),
  medianDays: z.number().nullable(),
});

/** Action counts of one partner organisation. */
export const ActionCountsSchema = z.object({
  open: z.number().int().nonnegative(),
  inUitvoering: z.number().int().nonnegative(),
  teLaat: z.number().int().nonnegative(),
  afgerondInPeriode: z.number().int().nonnegative(),
});

/** Action counts of one partner organisation. */
export type ActionCounts = z.infer<typeof ActionCountsSchema>;

/** `GET /api/reports`: the management report of the caller's region. */
export const ReportSchema = z.object({
  regio: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  /** The Dutch calendar day "stand van vandaag" figures (phases, open actions) were taken on. */
  today: z.string(),
  /** Cases registered in the period (Dutch time). */
  instroom: z.object({
    total: z.number().int().nonnegative(),
    /** Every month of the period, in order, also those without registrations. */
    perMonth: z.array(z.object({ month: z.string(), count: z.number().int().nonnegative() })),
    /** Hours 0–23 of the Dutch clock, in order. */
    perHour: z.array(
      z.object({ hour: z.number().int().min(0).max(23), count: z.number().int().nonnegative() }),
    ),
    perKind: z.array(z.object({ kind: CaseKindSchema, count: z.number().int().nonnegative() })),
  }),
  /** The triage of the cases registered in the period. */
  triage: z.object({
    /** The colour per case: the decided one, else the engine's final one; shares of those with a colour. */
    oordelen: z.array(z.object({ oordeel: OordeelSchema, ...shareShape })),
    /** Cases without a final colour yet (triage still being filled in). */
    zonderOordeel: z.number().int().nonnegative(),
    /** The procesregisseur's decisions; shares of the decided cases. */
    besluiten: z.array(z.object({ besluit: AdviesSchema, ...shareShape })),
    zonderBesluit: z.number().int().nonnegative(),
  }),
  /** Of the cases registered in the period: median calendar days to the triage decision and to closure. */
  doorlooptijd: z.object({
    totTriagebesluit: DoorlooptijdSchema,
    totSluiting: DoorlooptijdSchema,
  }),
  /** Every case of the region by its phase today. */
  fasen: z.array(z.object({ phase: CasePhaseSchema, count: z.number().int().nonnegative() })),
  /** Overleggen the chair started in the period (Dutch date of the start). */
  overleggen: z.object({
    gehouden: z.number().int().nonnegative(),
    perKind: z.array(z.object({ kind: MeetingKindSchema, count: z.number().int().nonnegative() })),
    /** Agenda items of those overleggen: case slots and general items. */
    casusbesprekingen: z.number().int().nonnegative(),
    algemenePunten: z.number().int().nonnegative(),
    /** Case slots of those overleggen with a fixed verslag. */
    verslagen: z.number().int().nonnegative(),
  }),
  /** Actions of the region's plans per partner organisation: open ones as of today, finished ones in the period. */
  acties: z.object({
    perOrganisatie: z.array(
      ActionCountsSchema.extend({
        organisationId: z.string().nullable(),
        /** Null when the plan names no (or no longer known) organisation. */
        organisationName: z.string().nullable(),
      }),
    ),
    totaal: ActionCountsSchema,
  }),
});

/** The management report of one region. */
export type Report = z.infer<typeof ReportSchema>;
