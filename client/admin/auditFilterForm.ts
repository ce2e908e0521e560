/**
 * The audit filter form's values: every field a string, empty when unused. Checked with the same
 * schema the server uses, so a typing error is named beside the form instead of in a 400.
 */
import { AuditFilterSchema, type AuditFilter } from "../../shared/api/audit.js";
import { messages } from "../i18n/messages.js";

const t = messages.audit;

/** What the filter form holds. */
export interface AuditFilterValues {
  subjectId: string;
  caseId: string;
  userId: string;
  action: string;
  from: string;
  to: string;
}

/** The empty form: the whole trail. */
export const NO_AUDIT_FILTER: AuditFilterValues = {
  subjectId: "",
  caseId: "",
  userId: "",
  action: "",
  from: "",
  to: "",
};

/** The label of each field, to name it in a message. */
const FIELD_LABELS: Record<keyof AuditFilterValues, string> = {
  subjectId: t.filterSubject,
  caseId: t.filterCase,
  userId: t.filterUser,
  action: t.filterAction,
  from: t.filterFrom,
  to: t.filterTo,
};

/** The form's values as a filter, or the Dutch reason the first wrong field is wrong. */
export function filterOfValues(
  values: AuditFilterValues,
): { ok: true; filter: AuditFilter } | { ok: false; message: string } {
  const set: Partial<AuditFilterValues> = {};
  for (const key of Object.keys(FIELD_LABELS) as (keyof AuditFilterValues)[]) {
    const value = values[key].trim();
    if (value !== "") set[key] = value;
  }
  const parsed = AuditFilterSchema.safeParse(set);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path[0];
  const label =
    typeof field === "string" && field in FIELD_LABELS
      ? FIELD_LABELS[field as keyof AuditFilterValues]
      : t.filters;
  return { ok: false, message: t.invalidFilter(label, issue?.message ?? "") };
}

/** A filter as form values. */
export function valuesOfFilter(filter: AuditFilter): AuditFilterValues {
  return {
    subjectId: filter.subjectId ?? "",
    caseId: filter.caseId ?? "",
    userId: filter.userId ?? "",
    action: filter.action ?? "",
    from: filter.from ?? "",
    to: filter.to ?? "",
  };
}
