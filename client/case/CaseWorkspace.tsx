/**
 * The case page's content: loads the case, then shows its header, a closed case's bewaartermijn,
 * its aanmelding, its four live documents, its team and (for standing partners) its overleggen.
 */
import { Link, useParams } from "react-router";
import type { CaseDetail } from "../../shared/api/cases.js";
import { fetchCase } from "../api/caseDetail.js";
import { useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { caseActionsPath, paths } from "../navigation.js";
import { useSignedInUser } from "../session/sessionContext.js";
import { AanmeldingSection } from "./aanmelding/AanmeldingSection.js";
import { CaseDocuments } from "./CaseDocuments.js";
import { CaseOverleggenPanel } from "./overleggen/CaseOverleggenPanel.js";
import { RetentionPanel } from "./retention/RetentionPanel.js";
import { AfschalingPanel } from "./afschaling/AfschalingPanel.js";
import { CaseTeamPanel } from "./team/CaseTeamPanel.js";
import "./casePage.css";

const t = messages.caseWorkspace;

/** Loads `:caseId` and shows it, or a clear "geen toegang of niet gevonden". */
export function CaseWorkspace() {
  const { caseId = "" } = useParams();
  const user = useSignedInUser();
  // A lost session is handled by the session context (it shows the login page); `useLoader`
  // leaves such a load as it was.
  const { state, reload, replace } = useLoader(caseId, (signal) => fetchCase(caseId, signal));
  // Never the case's own title: it is free text that may name the person, and a tab's title ends
  // up in the browser's history (and whatever syncs it) on a laptop shared at the table.
  useDocumentTitle(
    state.status === "loaded" && state.value === null
      ? t.unavailableTitle
      : messages.casePage.title,
  );

  const back = (
    <p>
      <Link to={paths.cases}>{t.backToList}</Link>
    </p>
  );
  // Only this case is ever shown: not the previous one while another case loads.
  if (state.status !== "loaded") {
    return (
      <>
        {back}
        {state.status === "failed" ? (
          <LoadFailure failure={state} onRetry={reload} />
        ) : (
          <p role="status">{t.loading}</p>
        )}
      </>
    );
  }
  const view = state.value;
  if (view === null) {
    return (
      <>
        {back}
        <h1>{t.unavailableTitle}</h1>
        <p className="notice notice-info" role="alert">
          {t.unavailableBody}
        </p>
      </>
    );
  }
  // null: access lost while open; the page then says the case cannot be shown.
  const changed = (next: CaseDetail | null) => replace(() => next);
  return (
    <>
      <p className="case-links">
        <Link to={paths.cases}>{t.backToList}</Link>
        {view.mayViewActions && <Link to={caseActionsPath(view.id)}>{t.caseActionsLink}</Link>}
      </p>
      <CaseDocuments
        key={view.id}
        view={view}
        user={user}
        onChanged={changed}
        intro={
          <>
            {view.bewaartermijn !== null && (
              <RetentionPanel caseId={view.id} retention={view.bewaartermijn} onChanged={changed} />
            )}
            <AfschalingPanel view={view} onChanged={changed} />
            {view.aanmelding !== null && (
              <AanmeldingSection aanmelding={view.aanmelding} phase={view.phase} />
            )}
          </>
        }
      />
      <CaseTeamPanel view={view} user={user} onChanged={changed} />
      {view.mayViewActions && <CaseOverleggenPanel caseId={view.id} />}
    </>
  );
}
