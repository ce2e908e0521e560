/**
 * Mijn acties: the actions the signed-in user is responsible for and those of their organisation,
 * most urgent first (the triage engine's action score), with filters, quick status change, the
 * user's signals, and for the procesregisseur the incomplete actions of their cases.
 */
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import type { ActionView } from "../../shared/api/actions.js";
import { ActionFiltersForm } from "../actions/ActionFiltersForm.js";
import { ActionTable } from "../actions/ActionTable.js";
import { actionQuery, fetchActions, type ActionFilters } from "../actions/actionsApi.js";
import { filtersFromSearch, searchOfFilters } from "../actions/actionFiltersInUrl.js";
import { SignalsPanel } from "../actions/SignalsPanel.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { useRefreshOnReturn } from "../api/useRefreshOnReturn.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.actions;

const INITIAL_FILTERS: ActionFilters = {
  scope: "mine",
  status: "",
  caseId: "",
  dueWithinDays: "",
  overdue: false,
};

const INCOMPLETE_FILTERS: ActionFilters = { ...INITIAL_FILTERS, scope: "all", onvolledig: true };

/**
 * The filters the page opens with: a procesregisseur monitors the uitvoering of her cases and works
 * for the ZVH, which carries out no actions itself, so she starts with every action of her cases.
 */
function initialFilters(role: string): ActionFilters {
  return role === "procesregisseur" ? { ...INITIAL_FILTERS, scope: "all" } : INITIAL_FILTERS;
}

/** Replaces one action in a list after a status change. */
const replaceIn = (updated: ActionView) => (list: ActionView[]) =>
  list.map((action) => (action.id === updated.id ? updated : action));

/** The Mijn acties page. */
export function MyActionsPage() {
  useDocumentTitle(t.myTitle);
  const user = useSignedInUser();
  // The filters live in the address: a reload or the back button keeps them.
  const opening = initialFilters(user.role);
  const [params, setParams] = useSearchParams();
  const filters = filtersFromSearch(params, opening);
  const setFilters = (next: ActionFilters) =>
    setParams(searchOfFilters(next, opening), { replace: true });
  const { state, reload, replace } = useLoader(actionQuery(filters), (signal) =>
    fetchActions(filters, signal),
  );
  useRefreshOnReturn(reload);
  const actions = shownValue(state);
  // The case filter offers every case seen so far, so narrowing the list keeps the choices.
  const [knownCases, setKnownCases] = useState(new Map<string, string>());
  useEffect(() => {
    if (actions === null) return;
    setKnownCases((known) => {
      const missing = actions.filter((a) => !known.has(a.caseId));
      if (missing.length === 0) return known;
      return new Map([...known, ...missing.map((a): [string, string] => [a.caseId, a.caseTitle])]);
    });
  }, [actions]);
  const cases = [...knownCases].map(([caseId, caseTitle]) => ({ caseId, caseTitle }));

  return (
    <>
      <h1>{t.myTitle}</h1>
      <p className="muted">
        {user.role === "procesregisseur" ? t.myIntroProcesregisseur : t.myIntro}
      </p>
      <SignalsPanel />
      <ActionFiltersForm filters={filters} cases={cases} onChange={setFilters} />
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {actions === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {actions !== null && (
        <div aria-busy={state.status === "loading"}>
          <p className="muted" role="status">
            {actions.length === 0 ? t.empty : t.count(actions.length)}
          </p>
          {actions.length > 0 && (
            <ActionTable
              actions={actions}
              caption={t.myTitle}
              onChanged={(updated) => replace(replaceIn(updated))}
            />
          )}
        </div>
      )}
      {user.role === "procesregisseur" && <IncompleteActions />}
    </>
  );
}

/** The procesregisseur's list of incomplete actions in the plans of their cases. */
function IncompleteActions() {
  const { state, replace } = useLoader("onvolledig", (signal) =>
    fetchActions(INCOMPLETE_FILTERS, signal),
  );
  const actions = shownValue(state);
  if (actions === null || actions.length === 0) return null;
  return (
    <section aria-labelledby="acties-incomplete-title">
      <h2 id="acties-incomplete-title">{t.incompleteTitle}</h2>
      <p className="muted">{t.incompleteIntro}</p>
      <ActionTable
        actions={actions}
        caption={t.incompleteTitle}
        onChanged={(updated) => replace(replaceIn(updated))}
      />
    </section>
  );
}
