/**
 * The audit trail on the Beheer page (NEN 7513): who saw or changed which data when, filtered by
 * person, case, user, action and period, with a check of its hash chain. The beheerder takes part
 * in no case, so the section shows cases and persons by id only. Another section may open it on a
 * filter (an account's entries) through the navigation state, never the address.
 */
import { useState } from "react";
import { useLocation } from "react-router";
import { AuditFilterSchema, type AuditFilter } from "../../shared/api/audit.js";
import { AuditFiltersForm } from "./AuditFiltersForm.js";
import { AuditPersonLookup } from "./AuditPersonLookup.js";
import { filterOfValues, valuesOfFilter, type AuditFilterValues } from "./auditFilterForm.js";
import { auditExportHref, auditFilterQuery } from "./auditApi.js";
import { AuditTable } from "./AuditTable.js";
import { ChainCheck } from "./ChainCheck.js";
import { useAuditTrail } from "./useAuditTrail.js";
import { shownValue } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { messages } from "../i18n/messages.js";

const t = messages.audit;

/** What another section asks the trail to open with (`AuditFilterState`); the whole trail otherwise. */
function openedFilter(state: unknown): AuditFilter {
  const asked = (state as Partial<AuditFilterState> | null)?.auditFilter;
  const parsed = AuditFilterSchema.safeParse(asked ?? {});
  return parsed.success ? parsed.data : {};
}

/** The navigation state that opens the trail on a filter. */
export interface AuditFilterState {
  auditFilter: AuditFilter;
}

/** The audit trail section with its chain check. */
export function AuditTrailSection() {
  const location = useLocation();
  const [opened] = useState(() => openedFilter(location.state));
  const [values, setValues] = useState<AuditFilterValues>(() => valuesOfFilter(opened));
  const [filter, setFilter] = useState<AuditFilter>(opened);
  const [formError, setFormError] = useState<string | null>(null);
  const { state, more, loadMore, reload } = useAuditTrail(filter);
  const page = shownValue(state);

  const apply = (next: AuditFilter) => {
    setFormError(null);
    setValues(valuesOfFilter(next));
    // "Toon" with the same filter fetches the newest entries again.
    if (auditFilterQuery(next) === auditFilterQuery(filter)) reload();
    else setFilter(next);
  };
  const applyForm = () => {
    const parsed = filterOfValues(values);
    if (parsed.ok) apply(parsed.filter);
    else setFormError(parsed.message);
  };

  return (
    <>
      <section aria-labelledby="audit-title">
        <h2 id="audit-title">{t.title}</h2>
        <p className="muted">{t.intro}</p>
        <AuditPersonLookup onFound={(subjectId) => apply({ subjectId })} />
        <AuditFiltersForm
          values={values}
          error={formError}
          onChange={setValues}
          onApply={applyForm}
          onClear={() => apply({})}
        />
        {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
        {page === null && state.status === "loading" && <p role="status">{t.loading}</p>}
        {page !== null && (
          <div aria-busy={state.status === "loading"}>
            <p className="muted" role="status">
              {page.entries.length === 0 && page.damaged.length === 0
                ? t.empty
                : t.count(page.entries.length, page.nextBefore !== null)}
            </p>
            {page.entries.length > 0 && (
              <p>
                <a download href={auditExportHref(filter)} className="button button-quiet">
                  {t.exportCsv}
                </a>
              </p>
            )}
            {page.damaged.length > 0 && (
              <p className="notice notice-error">
                {t.damagedNotice(page.damaged.reduce((sum, run) => sum + run.lines, 0))}
              </p>
            )}
            {(page.entries.length > 0 || page.damaged.length > 0) && (
              <AuditTable
                entries={page.entries}
                damaged={page.damaged}
                organisations={page.organisations}
                onFilter={(patch) => apply({ ...filter, ...patch })}
              />
            )}
            {more.status === "failed" && (
              <p className="notice notice-error" role="alert">
                {more.message}
              </p>
            )}
            {page.nextBefore !== null && state.status === "loaded" && (
              <p className="audit-more">
                <button
                  type="button"
                  className="button"
                  aria-disabled={more.status === "loading"}
                  onClick={loadMore}
                >
                  {more.status === "loading" ? t.loadingMore : t.loadMore}
                </button>
              </p>
            )}
          </div>
        )}
      </section>
      <ChainCheck />
    </>
  );
}
