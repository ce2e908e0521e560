/** One case's actions on a page of their own (`/casussen/:caseId/acties`). */
import { Link, useParams } from "react-router";
import { CaseActionsPanel } from "../actions/CaseActionsPanel.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { casePath } from "../navigation.js";
import { NotFoundPage } from "./NotFoundPage.js";

const t = messages.actions;
/** The page title, which also names the actions panel's region. */
const TITLE_ID = "acties-case-title";

/** The Casus-acties page. */
export function CaseActionsPage() {
  useDocumentTitle(t.caseTitle);
  const { caseId } = useParams();
  if (!caseId) return <NotFoundPage />;
  return (
    <>
      <p>
        <Link to={casePath(caseId)}>{t.backToCase}</Link>
      </p>
      <h1 id={TITLE_ID}>{t.caseTitle}</h1>
      <p className="muted">{t.caseIntro}</p>
      <CaseActionsPanel caseId={caseId} labelledBy={TITLE_ID} />
    </>
  );
}
