/** The filters of Mijn acties: whose actions, status, case, deadline window, overdue only. */
import { useId } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import { ACTION_STATUS_LABELS } from "../../shared/domain/action.js";
import { messages } from "../i18n/messages.js";
import type { ActionFilters } from "./actionsApi.js";
import { DUE_CHOICES, STATUS_CHOICES } from "./actionFiltersInUrl.js";

const t = messages.actions;

/** The filter form; `cases` are the cases seen in the unfiltered list. */
export function ActionFiltersForm({
  filters,
  cases,
  onChange,
}: {
  filters: ActionFilters;
  cases: Pick<ActionView, "caseId" | "caseTitle">[];
  onChange: (filters: ActionFilters) => void;
}) {
  const base = useId();
  const set = (patch: Partial<ActionFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="acties-filters">
      <legend>{t.filters}</legend>
      <div className="field-compact">
        <label htmlFor={`${base}-scope`}>{t.filterScope}</label>
        <select
          id={`${base}-scope`}
          value={filters.scope}
          onChange={(e) => set({ scope: e.target.value as ActionFilters["scope"] })}
        >
          <option value="mine">{t.scopeMine}</option>
          <option value="assigned">{t.scopeAssigned}</option>
          <option value="all">{t.scopeAll}</option>
        </select>
      </div>
      <div className="field-compact">
        <label htmlFor={`${base}-status`}>{t.filterStatus}</label>
        <select
          id={`${base}-status`}
          value={filters.status}
          onChange={(e) => set({ status: e.target.value })}
        >
          <option value="">{t.anyStatus}</option>
          {STATUS_CHOICES.map((status) => (
            <option key={status} value={status}>
              {ACTION_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field-compact">
        <label htmlFor={`${base}-case`}>{t.filterCase}</label>
        <select
          id={`${base}-case`}
          value={filters.caseId}
          onChange={(e) => set({ caseId: e.target.value })}
        >
          <option value="">{t.anyCase}</option>
          {/* A case in the address the list does not know stays chosen, and can be unchosen. */}
          {filters.caseId !== "" && !cases.some((c) => c.caseId === filters.caseId) && (
            <option value={filters.caseId}>{t.unknownCase}</option>
          )}
          {cases.map((c) => (
            <option key={c.caseId} value={c.caseId}>
              {c.caseTitle}
            </option>
          ))}
        </select>
      </div>
      <div className="field-compact">
        <label htmlFor={`${base}-due`}>{t.filterDue}</label>
        <select
          id={`${base}-due`}
          value={filters.dueWithinDays}
          onChange={(e) => set({ dueWithinDays: e.target.value })}
        >
          <option value="">{t.anyDue}</option>
          {DUE_CHOICES.map((days) => (
            <option key={days} value={String(days)}>
              {t.dueWithin(days)}
            </option>
          ))}
        </select>
      </div>
      <div className="field-compact acties-check">
        <input
          id={`${base}-overdue`}
          type="checkbox"
          checked={filters.overdue}
          onChange={(e) => set({ overdue: e.target.checked })}
        />
        <label htmlFor={`${base}-overdue`}>{t.overdueOnly}</label>
      </div>
    </fieldset>
  );
}
