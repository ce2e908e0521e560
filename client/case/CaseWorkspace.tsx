/** The case page's content: loads the case, then shows its header and its four live documents. */
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { loadCase, type CaseLoad } from "../api/caseDetail.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { casePath, paths } from "../navigation.js";
import { useSignedInUser } from "../session/sessionContext.js";
import { CaseDocuments } from "./CaseDocuments.js";
import "./casePage.css";

const t = messages.caseWorkspace;
const UNAUTHORIZED = 401;

/** Loads `:caseId` and shows it, or a clear "geen toegang of niet gevonden". */
export function CaseWorkspace() {
  const { caseId = "" } = useParams();
  const user = useSignedInUser();
  const [load, setLoad] = useState<CaseLoad | null>(null);
  useDocumentTitle(
    load?.status === "loaded"
      ? load.view.title
      : load === null
        ? messages.casePage.title
        : t.unavailableTitle,
  );

  useEffect(() => {
    const controller = new AbortController();
    setLoad(null);
    void loadCase(caseId, controller.signal).then((result) => {
      if (!controller.signal.aborted) setLoad(result);
    });
    return () => controller.abort();
  }, [caseId]);

  const back = (
    <p>
      <Link to={paths.cases}>{t.backToList}</Link>
    </p>
  );
  if (load === null) {
    return (
      <>
        {back}
        <p role="status">{t.loading}</p>
      </>
    );
  }
  if (load.status === "unavailable") {
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
  if (load.status === "failed") {
    // A lost session is handled by the session context (it shows the login page).
    if (load.error instanceof ApiError && load.error.status === UNAUTHORIZED) return null;
    return (
      <>
        {back}
        <p className="notice notice-error" role="alert">
          {errorMessage(load.error)}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="case-links">
        <Link to={paths.cases}>{t.backToList}</Link>
        <Link to={`${casePath(load.view.id)}/acties`}>{t.caseActionsLink}</Link>
      </p>
      <CaseDocuments
        key={load.view.id}
        view={load.view}
        user={user}
        onChanged={(view) => setLoad({ status: "loaded", view })}
      />
    </>
  );
}
