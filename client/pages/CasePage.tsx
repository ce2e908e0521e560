/** One case's page (`/casussen/:caseId`). A placeholder until the case dossier issue lands. */
import { Link } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { paths } from "../navigation.js";

const t = messages.casePage;

/** Placeholder for the case dossier, with a way back to the list. */
export function CasePage() {
  useDocumentTitle(t.title);
  return (
    <>
      <p>
        <Link to={paths.cases}>{t.backToList}</Link>
      </p>
      <h1>{t.title}</h1>
      <div className="panel">
        <p className="tag">{messages.placeholder.notYetAvailable}</p>
        <p>{t.body}</p>
      </div>
    </>
  );
}
