/**
 * Casus-acties: every action of one case, with a progress bar (afgerond / totaal), the overdue
 * ones highlighted, and who is behind. The panel has no title of its own: whoever embeds it shows
 * the heading (`CaseActionsPage`: the page's h1) and names the panel's region after it, so the
 * title appears once. The panel's own sub-heading is an h2, one level below that title. It names
 * the case first: someone who came from a signal, or follows several cases, sees whose actions
 * these are (the browser's title does not say it: it ends up in a shared laptop's history).
 */
import type { CaseActions } from "../../shared/api/actions.js";
import { caseActionSummary } from "../../shared/api/caseActionSummary.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { messages } from "../i18n/messages.js";
import { ActionTable } from "./ActionTable.js";
import { fetchCaseActions } from "./actionsApi.js";

const t = messages.actions;

/** The progress bar and the overdue summary. */
function Progress({ overview }: { overview: CaseActions }) {
  const { afgerond, totaal, teLaat } = overview.progress;
  return (
    <div className="acties-progress">
      <progress
        max={Math.max(totaal, 1)}
        value={afgerond}
        aria-label={t.progressLabel(afgerond, totaal)}
      />
      <span>{t.progressLabel(afgerond, totaal)}</span>
      {teLaat > 0 && <span className="acties-tag acties-tag-late">{t.overdueCount(teLaat)}</span>}
      {overview.behind.length > 0 && (
        <div className="acties-behind">
          <h2>{t.behindTitle}</h2>
          <ul>
            {overview.behind.map((entry) => (
              <li key={entry.who}>{t.behindEntry(entry.who, entry.overdue)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** All actions of the case `caseId`, in a region named by the embedder's heading `labelledBy`. */
export function CaseActionsPanel({ caseId, labelledBy }: { caseId: string; labelledBy: string }) {
  const { state, reload, replace } = useLoader(caseId, (signal) =>
    fetchCaseActions(caseId, signal),
  );
  const overview = shownValue(state);
  return (
    <section className="acties-case" aria-labelledby={labelledBy}>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {overview === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {overview !== null && (
        <>
          <p className="acties-case-name">{t.caseName(overview.caseTitle)}</p>
          <Progress overview={overview} />
          {overview.actions.length === 0 ? (
            <p className="muted">{t.empty}</p>
          ) : (
            <ActionTable
              actions={overview.actions}
              caption={t.caseTitle}
              showCase={false}
              onChanged={(updated) =>
                replace((value) => {
                  const actions = value.actions.map((a) => (a.id === updated.id ? updated : a));
                  return { ...value, actions, ...caseActionSummary(actions) };
                })
              }
            />
          )}
        </>
      )}
    </section>
  );
}
