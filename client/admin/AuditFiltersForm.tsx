/**
 * The audit trail's filters: person, case and user by id (the user's own entries and the changes
 * made to their account), action and period. Applied on "Toon", not per keystroke: every read of
 * the trail is itself recorded in it.
 */
import { useId, type FormEvent } from "react";
import { AUDIT_ACTIONS } from "../../shared/domain/auditAction.js";
import { messages } from "../i18n/messages.js";
import type { AuditFilterValues } from "./auditFilterForm.js";

const t = messages.audit;

/**
 * The id fields in the order the form shows them, with the prefix their ids start with and what
 * they find when that is more than the label says.
 */
const ID_FIELDS = [
  ["subjectId", t.filterSubject, "pers_…", null],
  ["caseId", t.filterCase, "case_…", null],
  ["userId", t.filterUser, "user_…", t.filterUserHint],
] as const;

/** The filter form; `error` is the reason the last "Toon" was refused. */
export function AuditFiltersForm({
  values,
  error,
  onChange,
  onApply,
  onClear,
}: {
  values: AuditFilterValues;
  error: string | null;
  onChange: (values: AuditFilterValues) => void;
  onApply: () => void;
  onClear: () => void;
}) {
  const base = useId();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...values, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="audit-filters" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.filters}</legend>
        <div className="audit-filter-fields">
          {ID_FIELDS.map(([field, label, example, hint]) => (
            <div className="field-compact" key={field}>
              <label htmlFor={`${base}-${field}`}>{label}</label>
              {/* Above the input, so that the inputs of the row stay level. */}
              {hint !== null && (
                <span id={`${base}-${field}-hint`} className="audit-filter-hint">
                  {hint}
                </span>
              )}
              <input
                id={`${base}-${field}`}
                value={values[field]}
                placeholder={example}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={hint === null ? undefined : `${base}-${field}-hint`}
                onChange={(e) => set({ [field]: e.target.value })}
              />
            </div>
          ))}
          <div className="field-compact">
            <label htmlFor={`${base}-action`}>{t.filterAction}</label>
            <select
              id={`${base}-action`}
              value={values.action}
              onChange={(e) => set({ action: e.target.value })}
            >
              <option value="">{t.anyAction}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {t.actionLabels[action]}
                </option>
              ))}
            </select>
          </div>
          <div className="field-compact">
            <label htmlFor={`${base}-from`}>{t.filterFrom}</label>
            <input
              id={`${base}-from`}
              type="date"
              value={values.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </div>
          <div className="field-compact">
            <label htmlFor={`${base}-to`}>{t.filterTo}</label>
            <input
              id={`${base}-to`}
              type="date"
              value={values.to}
              onChange={(e) => set({ to: e.target.value })}
            />
          </div>
        </div>
        {error !== null && (
          <p className="audit-filter-error" role="alert">
            {error}
          </p>
        )}
        <div className="audit-filter-buttons">
          <button type="submit" className="button button-primary">
            {t.apply}
          </button>
          <button type="button" className="button button-quiet" onClick={onClear}>
            {t.clear}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
