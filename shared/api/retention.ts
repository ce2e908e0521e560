/**
 * Retention (bewaartermijn, AVG art. 5(1)(e), domain.md §8): a closed case is destroyed once the
 * retention period after its closing date has passed, unless a procesregisseur extended it with a
 * documented reason. The beheerder sets the period in months for the whole ZVH; every closed case
 * shows when it will be destroyed.
 *
 *   GET  /api/beheer/bewaartermijn          the period and whether it was confirmed (beheerder)
 *   GET  /api/beheer/bewaartermijn/gevolgen?maanden=N
 *                                           how many closed cases N months would destroy
 *   PUT  /api/beheer/bewaartermijn          sets and confirms it: { maanden, teVernietigen? }
 *   POST /api/cases/:id/bewaartermijn       extends one closed case: { tot, reden }
 */
import { z } from "zod";
import { IsoDateSchema } from "../domain/dates.js";

/** The period a beheerder may choose, in months after the closing date. */
export const RETENTION_MONTHS = { min: 1, max: 120, default: 24 } as const;

/** `GET`/`PUT /api/beheer/bewaartermijn`. */
export const RetentionSettingSchema = z.object({
  maanden: z
    .number({ message: "Geef het aantal maanden als getal." })
    .int("Geef een heel aantal maanden.")
    .min(RETENTION_MONTHS.min, `Kies ten minste ${RETENTION_MONTHS.min} maand.`)
    .max(RETENTION_MONTHS.max, `Kies ten hoogste ${RETENTION_MONTHS.max} maanden.`),
});

/** The retention period. */
export type RetentionSetting = z.infer<typeof RetentionSettingSchema>;

/**
 * `PUT /api/beheer/bewaartermijn`: the period, and when it destroys closed cases at the next
 * daily run, their number as the beheerder confirmed it (`GET …/gevolgen`); without it, or with
 * another number, such a period is refused with 409.
 */
export const RetentionSettingChangeSchema = RetentionSettingSchema.extend({
  teVernietigen: z
    .number({ message: "Geef het aantal te vernietigen casussen als getal." })
    .int()
    .min(0)
    .optional(),
});

/** A new period with the destruction it confirms. */
export type RetentionSettingChange = z.infer<typeof RetentionSettingChangeSchema>;

/** Where the consequences of a period are asked for. */
export const RETENTION_PREVIEW_PATH = "/api/beheer/bewaartermijn/gevolgen";

/** `GET …/gevolgen?maanden=N`: the period asked about, as a query parameter. */
export const RetentionPreviewQuerySchema = z.object({
  maanden: z
    .string({ message: "Geef het aantal maanden als getal." })
    .regex(/^\d{1,3}$/, "Geef het aantal maanden als getal.")
    .transform(Number)
    .pipe(RetentionSettingSchema.shape.maanden),
});

/** What a period would do: how many closed cases the next daily run would destroy because of it. */
export const RetentionPreviewSchema = z.object({
  maanden: z.number().int(),
  teVernietigen: z.number().int().min(0),
});

/** What a period would do. */
export type RetentionPreview = z.infer<typeof RetentionPreviewSchema>;

/** The retention period as the server answers it. */
export const RetentionSettingViewSchema = RetentionSettingSchema.extend({
  /**
   * False after an upgrade from a version without retention, until a beheerder saves a period:
   * until then no case is destroyed.
   */
  bevestigd: z.boolean(),
});

/** The retention period, and whether a beheerder confirmed it. */
export type RetentionSettingView = z.infer<typeof RetentionSettingViewSchema>;

/** Shortest and longest reason for an extension (it documents why the data is still needed). */
export const EXTENSION_REASON_LENGTH = { min: 10, max: 1000 } as const;

/** `POST /api/cases/:id/bewaartermijn`: keep the case until `tot` (a later date), because of `reden`. */
export const RetentionExtensionSchema = z.object({
  tot: IsoDateSchema,
  reden: z
    .string()
    .trim()
    .min(
      EXTENSION_REASON_LENGTH.min,
      `Licht de verlenging toe in ten minste ${EXTENSION_REASON_LENGTH.min} tekens.`,
    )
    .max(
      EXTENSION_REASON_LENGTH.max,
      `Gebruik voor de reden ten hoogste ${EXTENSION_REASON_LENGTH.max} tekens.`,
    ),
});

/** A request to extend a case's retention. */
export type RetentionExtension = z.infer<typeof RetentionExtensionSchema>;

/** Why a withdrawal names no extension the case could have. */
const WITHDRAWAL_UNKNOWN = "Kies een verlenging van deze casus.";
/** More extensions than any case could gather (each moves the last day later, ten years at most). */
const MAX_EXTENSIONS = 100_000;

/**
 * `POST /api/cases/:id/bewaartermijn/intrekking`: withdraw an extension made in error or no longer
 * needed, the latest one still standing, named by its place in `verlengingen` (so a page showing an
 * older state withdraws nothing else). When the retention has then passed, the case is destroyed at
 * the next daily run, which `bevestigVernietiging` must confirm.
 */
export const RetentionWithdrawalSchema = z.object({
  verlenging: z
    .number({ message: WITHDRAWAL_UNKNOWN })
    .int(WITHDRAWAL_UNKNOWN)
    .min(0, WITHDRAWAL_UNKNOWN)
    .max(MAX_EXTENSIONS, WITHDRAWAL_UNKNOWN),
  bevestigVernietiging: z.boolean().optional(),
});

/** A request to withdraw a case's latest retention extension. */
export type RetentionWithdrawal = z.infer<typeof RetentionWithdrawalSchema>;

/** The retention of a closed case, as the case page shows it (`CaseDetail.bewaartermijn`). */
export const CaseRetentionViewSchema = z.object({
  /** The Dutch calendar date (yyyy-mm-dd) the case was closed. */
  geslotenOp: z.string(),
  /** The last day the case is kept (yyyy-mm-dd); it is destroyed the day after. */
  bewaardTot: z.string(),
  /** Extensions, oldest first: until when, why, by whom (name and organisation), when. */
  verlengingen: z.array(
    z.object({
      tot: z.string(),
      reden: z.string(),
      door: z.string(),
      organisatie: z.string(),
      op: z.string(),
      /** Set once withdrawn: by whom and when; the extension then counts no more. */
      ingetrokken: z
        .object({ door: z.string(), organisatie: z.string(), op: z.string() })
        .nullable(),
    }),
  ),
  /**
   * True when the retention has passed (an extension was withdrawn): the case goes at the next
   * daily run, or once the beheerder confirms the period (`wachtOpBevestiging`).
   */
  verstreken: z.boolean(),
  /** True when the caller may extend it (a procesregisseur of the case's region, before it passed). */
  mayExtend: z.boolean(),
  /**
   * For whom may extend, while the case is kept: what withdrawing the latest extension still
   * standing would do, the last day the case is then kept and whether that has passed (the case
   * is then destroyed at the next daily run). Null when there is nothing to withdraw.
   */
  intrekken: z
    .object({ verlenging: z.number().int(), bewaardTot: z.string(), verstreken: z.boolean() })
    .nullable(),
  /** True while no case is destroyed because the beheerder has not confirmed the period yet. */
  wachtOpBevestiging: z.boolean(),
});

/** The retention of a closed case. */
export type CaseRetentionView = z.infer<typeof CaseRetentionViewSchema>;

/** The title an agenda slot gets when the case it discussed is destroyed. */
export const REMOVED_CASE_SLOT_TITLE = "Verwijderde casus";

/** The address of one case's retention extension. */
export function retentionExtensionPath(caseId: string): string {
  return `/api/cases/${caseId}/bewaartermijn`;
}

/** The address of the withdrawal of one case's latest retention extension. */
export function retentionWithdrawalPath(caseId: string): string {
  return `${retentionExtensionPath(caseId)}/intrekking`;
}

/** The address of the retention setting. */
export const RETENTION_SETTING_PATH = "/api/beheer/bewaartermijn";
