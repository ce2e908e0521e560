/**
 * Casussen: the cases the signed-in user may see, searched, filtered, sorted and paged on the
 * server (`POST /api/cases/search`). The search lives in component state, never in the address.
 */
import { useState } from "react";
import { Link, useLocation } from "react-router";
import { REGISTERING_ROLES, type CaseSearchRequest } from "../../shared/api/cases.js";
import { shownValue } from "../api/useLoader.js";
import { useRefreshOnReturn } from "../api/useRefreshOnReturn.js";
import type { CaseErasedState } from "../case/triage/CaseErasureForm.js";
import { CaseResultsTable } from "../cases/CaseResultsTable.js";
import { CaseSearchForm, type FilterOptions } from "../cases/CaseSearchForm.js";
import { Pager } from "../cases/Pager.js";
import { INITIAL_SEARCH, useCaseSearch } from "../cases/useCaseSearch.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { paths } from "../navigation.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.casussen.list;

/** The case list page. */
export function CaseListPage() {
  const [search, setSearch] = useState<CaseSearchRequest>(INITIAL_SEARCH);
  const { load, reload } = useCaseSearch(search);
  useRefreshOnReturn(reload);
  const user = useSignedInUser();
  useDocumentTitle(t.title);
  const erased = (useLocation().state as Partial<CaseErasedState> | null)?.erased === true;

  const result = shownValue(load);
  const options: FilterOptions = result ?? { gemeenten: [], regios: [] };
  const searching =
    search.zoekterm !== "" ||
    search.fase.length > 0 ||
    search.oordeel.length > 0 ||
    search.gemeente !== undefined ||
    search.regio !== undefined;

  return (
    <>
      <div className="cases-heading">
        <h1>{t.title}</h1>
        {REGISTERING_ROLES.includes(user.role) && (
          <Link className="button button-primary" to={paths.newCase}>
            {t.newCase}
          </Link>
        )}
      </div>
      <p className="muted">{t.intro}</p>
      {erased && (
        <p className="notice notice-info" role="status">
          {t.erased}
        </p>
      )}
      <CaseSearchForm search={search} options={options} onChange={setSearch} />
      {load.status === "loading" && result === null && <p role="status">{t.loading}</p>}
      {load.status === "failed" && <LoadFailure failure={load} onRetry={reload} />}
      {result !== null && (
        <div aria-busy={load.status === "loading"}>
          <p className="muted" role="status">
            {result.total === 0 ? (searching ? t.noMatches : t.empty) : t.count(result.total)}
          </p>
          {result.items.length > 0 && (
            <CaseResultsTable
              rows={result.items}
              sort={search.sort}
              onSort={(sort) => setSearch({ ...search, sort, page: 1 })}
            />
          )}
          <Pager
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            onPage={(page) => setSearch({ ...search, page })}
          />
        </div>
      )}
    </>
  );
}
