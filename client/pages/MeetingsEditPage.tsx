/**
 * Overleg wijzigen (its chair, while it is planned): the planning form filled in with the overleg
 * as planned. An overleg that started or ended, or whose agenda the caller cannot see whole, shows
 * why instead of a form. The form saves on the plan revision it was filled in from; when the plan
 * changed meanwhile it offers to load it again ("Opnieuw laden"), which refills the form. It follows
 * the overleg's live document, so that offer comes as soon as the plan changed elsewhere.
 */
import { Link, useParams } from "react-router";
import { lastValue, useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { loadMeeting } from "../meetings/meetingsApi.js";
import { meetingPath } from "../meetings/meetingPaths.js";
import { useLivePlanRevision } from "../meetings/livePlanRevision.js";
import { draftOf } from "../meetings/planDraft.js";
import { PlanForm } from "../meetings/PlanForm.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.meetings;

/** The page of `:meetingId/wijzigen`. */
export function MeetingsEditPage() {
  useDocumentTitle(t.editTitle);
  const { meetingId = "" } = useParams();
  const user = useSignedInUser();
  const { state, reload } = useLoader(`edit-${meetingId}`, (signal) =>
    loadMeeting(meetingId, signal),
  );
  const liveRevision = useLivePlanRevision(meetingId, user);
  const last = lastValue(state);
  const meeting = last?.id === meetingId ? last : null;
  const draft = meeting !== null ? draftOf(meeting) : null;
  const changeable = meeting !== null && meeting.isChair && meeting.status === "gepland";

  let body;
  if (meeting === null) {
    body =
      state.status === "failed" ? (
        <LoadFailure failure={state} onRetry={reload} />
      ) : (
        <p role="status">{t.loading}</p>
      );
  } else if (!changeable || draft === null) {
    body = <p className="notice">{t.notChangeable}</p>;
  } else {
    // Keyed by the overleg and its revision: the form starts from what was loaded and is refilled
    // only when the user asked to load the overleg again and its plan had changed.
    body = (
      <PlanForm
        key={`${meeting.id}@${meeting.planRevision}`}
        user={user}
        changing={{
          meetingId: meeting.id,
          draft,
          planRevision: meeting.planRevision,
          onReload: reload,
          liveRevision,
        }}
      />
    );
  }
  return (
    <>
      <p>
        <Link to={meetingPath(meetingId)}>{t.backToMeeting}</Link>
      </p>
      <h1>{t.editTitle}</h1>
      {body}
    </>
  );
}
