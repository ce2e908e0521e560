/** One overleg: its facts, the verklaring when it is needed, the chair's start/end, the live table. */
import { useCallback, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import type { MeetingView } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { MeetingRoom } from "../meetings/MeetingRoom.js";
import { loadMeeting, setMeetingRunning } from "../meetings/meetingsApi.js";
import { meetingsPath } from "../meetings/meetingPaths.js";
import { formatClockTime, formatMeetingDateTime } from "../meetings/meetingTime.js";
import { VerklaringPanel } from "../meetings/VerklaringPanel.js";
import { useSignedInUser } from "../session/sessionContext.js";

const t = messages.meetings;

/** The page of `:meetingId`. */
export function MeetingsRoomPage() {
  const { meetingId = "" } = useParams();
  const user = useSignedInUser();
  const [meeting, setMeeting] = useState<MeetingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(meeting?.title ?? t.title);

  const reload = useCallback(
    (signal?: AbortSignal) =>
      loadMeeting(meetingId, signal).then(setMeeting, (err: unknown) => {
        if (!signal?.aborted) setError(errorMessage(err));
      }),
    [meetingId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const refresh = useCallback(() => void reload(), [reload]);

  const run = (step: "start" | "end") => {
    if (step === "end" && !window.confirm(t.endConfirm)) return;
    setMeetingRunning(meetingId, step).then(setMeeting, (err: unknown) =>
      setError(errorMessage(err)),
    );
  };

  const back = (
    <p>
      <Link to={meetingsPath}>{t.backToList}</Link>
    </p>
  );
  if (meeting === null) {
    return (
      <>
        {back}
        {error === null ? (
          <p role="status">{t.loading}</p>
        ) : (
          <p role="alert" className="notice notice-error">
            {error}
          </p>
        )}
      </>
    );
  }
  const gated = meeting.verklaringRequired && !meeting.verklaringSigned;
  return (
    <>
      {back}
      <header className="mt-header">
        <div>
          <h1>{meeting.title}</h1>
          <p className="muted">
            {t.kinds[meeting.kind]} · {formatMeetingDateTime(meeting.startsAt)}–
            {formatClockTime(meeting.endsAt)} · {meeting.location ?? ""}
            {meeting.videoLink !== null && (
              <>
                {" "}
                <a href={meeting.videoLink} rel="noreferrer noopener" target="_blank">
                  {t.videoLink}
                </a>
              </>
            )}
          </p>
          <p>
            <span className="tag">{t.statuses[meeting.status]}</span> {t.columnChair}:{" "}
            {meeting.chairName}
          </p>
        </div>
        {meeting.isChair && meeting.status === "gepland" && (
          <button type="button" className="button button-primary" onClick={() => run("start")}>
            {t.start}
          </button>
        )}
        {meeting.isChair && meeting.status === "bezig" && (
          <button type="button" className="button" onClick={() => run("end")}>
            {t.end}
          </button>
        )}
      </header>
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {gated && meeting.status !== "afgerond" && (
        <VerklaringPanel meetingId={meeting.id} onSigned={() => void reload()} />
      )}
      <MeetingRoom
        key={`${meeting.id}-${meeting.status}`}
        meeting={meeting}
        user={user}
        onStale={refresh}
      />
    </>
  );
}
