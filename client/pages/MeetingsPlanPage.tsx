/** Overleg plannen (procesregisseur). */
import { Link } from "react-router";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { meetingsPath } from "../meetings/meetingPaths.js";
import { PlanForm } from "../meetings/PlanForm.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.meetings;

/** The planning page. */
export function MeetingsPlanPage() {
  useDocumentTitle(t.planTitle);
  const user = useSignedInUser();
  return (
    <>
      <p>
        <Link to={meetingsPath}>{t.backToList}</Link>
      </p>
      <h1>{t.planTitle}</h1>
      <PlanForm user={user} />
    </>
  );
}
