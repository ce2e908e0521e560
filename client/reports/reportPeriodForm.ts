/**
 * The period form's values, checked with the schema the server uses, so a wrong or backwards
 * period is named beside the form instead of coming back as a 400.
 */
import { ReportPeriodSchema, type ReportPeriod } from "../../shared/api/reports.js";
import { messages } from "../i18n/messages.js";

const t = messages.reports;

/** What the period form holds: two yyyy-mm-dd strings, empty when not filled in. */
export interface ReportPeriodValues {
  from: string;
  to: string;
}

const FIELD_LABELS: Record<keyof ReportPeriodValues, string> = {
  from: t.periodFrom,
  to: t.periodTo,
};

/** The form's values as a period, or the Dutch reason the first wrong field is wrong. */
export function periodOfValues(
  values: ReportPeriodValues,
): { ok: true; period: ReportPeriod } | { ok: false; message: string } {
  const parsed = ReportPeriodSchema.safeParse({ from: values.from.trim(), to: values.to.trim() });
  if (parsed.success) return { ok: true, period: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  const label = field === "from" || field === "to" ? FIELD_LABELS[field] : t.periodLegend;
  return { ok: false, message: t.invalidPeriod(label, issue?.message ?? "") };
}
