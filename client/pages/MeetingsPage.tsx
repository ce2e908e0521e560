/** Overleggen: the overleggen the user is invited to or chairs, and (procesregisseur) planning. */
import { Link } from "react-router";
import type { MeetingListItem } from "../../shared/api/meetings.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { useRefreshOnReturn } from "../api/useRefreshOnReturn.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { listMeetings } from "../meetings/meetingsApi.js";
import { formatMeetingDateTime } from "../meetings/meetingTime.js";
import { meetingPath, meetingPlanPath } from "../meetings/meetingPaths.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.meetings;

function verklaringText(m: MeetingListItem): string {
  if (!m.verklaringRequired) return t.verklaringNone;
  return m.verklaringSigned ? t.verklaringDone : t.verklaringTodo;
}

/** The Overleggen list. */
export function MeetingsPage() {
  useDocumentTitle(t.title);
  const user = useSignedInUser();
  const { state, reload } = useLoader("meetings", listMeetings);
  useRefreshOnReturn(reload);
  const meetings = shownValue(state)?.meetings ?? null;

  return (
    <>
      <div className="cases-heading">
        <h1>{t.title}</h1>
        {user.role === "procesregisseur" && (
          <Link className="button button-primary" to={meetingPlanPath}>
            {t.planNew}
          </Link>
        )}
      </div>
      <p className="muted">{t.intro}</p>
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {state.status === "loading" && meetings === null && <p role="status">{t.loading}</p>}
      {meetings?.length === 0 && <p>{t.empty}</p>}
      {meetings !== null && meetings.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columnWhen}</th>
                <th scope="col">{t.columnTitle}</th>
                <th scope="col">{t.columnKind}</th>
                <th scope="col">{t.columnPlace}</th>
                <th scope="col">{t.columnStatus}</th>
                <th scope="col">{t.columnChair}</th>
                <th scope="col">{t.columnVerklaring}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>{formatMeetingDateTime(m.startsAt)}</td>
                  <td>
                    <Link to={meetingPath(m.id)}>{m.title}</Link>
                    <div className="muted">{t.slots(m.slotCount)}</div>
                  </td>
                  <td>{t.kinds[m.kind]}</td>
                  <td>{m.location ?? (m.videoLink !== null ? t.videoLink : "")}</td>
                  <td>
                    {t.statuses[m.status]}
                    {m.verslagenToFix !== null && m.verslagenToFix > 0 && (
                      <div className="muted">{t.verslagenToFix(m.verslagenToFix)}</div>
                    )}
                  </td>
                  <td>{m.chairName}</td>
                  <td>{verklaringText(m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
