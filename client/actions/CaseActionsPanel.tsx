/**
 * Casus-acties: every action of one case, with a progress bar (afgerond / totaal), the overdue
 * ones highlighted, and who is behind. The case page can embed it; `CaseActionsPage` shows it alone.
 */
import type { CaseActions } from "../../shared/api/actions.js";
import { messages } from "../i18n/messages.js";
import { ActionTable } from "./ActionTable.js";
import { fetchCaseActions } from "./actionsApi.js";
import { shownValue, useLoader } from "./useLoader.js";

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
          <h3>{t.behindTitle}</h3>
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

/** All actions of the case `caseId`. */
export function CaseActionsPanel({ caseId }: { caseId: string }) {
  const { state, replace } = useLoader(caseId, (signal) => fetchCaseActions(caseId, signal));
  const overview = shownValue(state);
  return (
    <section className="acties-case" aria-labelledby="acties-case-title">
      <h2 id="acties-case-title">{t.caseTitle}</h2>
      {state.status === "failed" && (
        <p role="alert" className="notice notice-error">
          {state.message}
        </p>
      )}
      {overview === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {overview !== null && (
        <>
          <Progress overview={overview} />
          {overview.actions.length === 0 ? (
            <p className="muted">{t.empty}</p>
          ) : (
            <ActionTable
              actions={overview.actions}
              caption={t.caseTitle}
              showCase={false}
              onChanged={(updated) =>
                replace((value) => ({
                  ...value,
                  actions: value.actions.map((a) => (a.id === updated.id ? updated : a)),
                }))
              }
            />
          )}
        </>
      )}
    </section>
  );
}
