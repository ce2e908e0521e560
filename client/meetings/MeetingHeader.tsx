/**
 * The meeting room's header: the overleg's title and status on one line, its facts (kind, time,
 * place, video link, chair) on the next, and the chair's start or end button beside them (with
 * "Wijzigen" while the overleg is planned). Kept to
 * two short lines so that on a laptop the agenda and the case under discussion fit below it.
 * When the button just used goes away (starting, ending, signing the verklaring), focus would fall
 * to the page's start: it goes to the overleg's heading instead, so the keyboard user goes on from
 * there.
 */
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { MeetingView } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";
import { meetingEditPath } from "./meetingPaths.js";
import { formatClockTime, formatMeetingDateTime } from "./meetingTime.js";

const t = messages.meetings;

/** The header of one overleg; `onRun` starts or ends it (chair). */
export function MeetingHeader({
  meeting,
  onRun,
}: {
  meeting: MeetingView;
  onRun: (step: "start" | "end") => void;
}) {
  const heading = useKeptFocus(`${meeting.status}:${String(meeting.verklaringSigned)}`);
  const facts = [
    t.kinds[meeting.kind],
    `${formatMeetingDateTime(meeting.startsAt)}–${formatClockTime(meeting.endsAt)}`,
    ...(meeting.location !== null && meeting.location !== "" ? [meeting.location] : []),
  ];
  return (
    <header className="mt-header">
      <div className="mt-heading">
        <div className="mt-title">
          <h1 ref={heading} tabIndex={-1}>
            {meeting.title}
          </h1>
          <span className="visually-hidden">{t.columnStatus}: </span>
          <span className="tag">{t.statuses[meeting.status]}</span>
        </div>
        <p className="mt-facts muted">
          {facts.join(" · ")}
          {meeting.videoLink !== null && (
            <>
              {" · "}
              <a href={meeting.videoLink} rel="noreferrer noopener" target="_blank">
                {t.videoLink}
              </a>
            </>
          )}
          {` · ${t.columnChair}: ${meeting.chairName}`}
        </p>
      </div>
      {meeting.isChair && meeting.status === "gepland" && (
        <div className="mt-buttons">
          <Link className="button" to={meetingEditPath(meeting.id)}>
            {t.edit}
          </Link>
          <button type="button" className="button button-primary" onClick={() => onRun("start")}>
            {t.start}
          </button>
        </div>
      )}
      {meeting.isChair && meeting.status === "bezig" && (
        <button type="button" className="button" onClick={() => onRun("end")}>
          {t.end}
        </button>
      )}
    </header>
  );
}

/**
 * A ref for the heading, focused when `state` changes while focus is nowhere (its button was
 * removed from the page); not on the first render, when the page's own focus rules apply.
 */
function useKeptFocus(state: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const previous = useRef(state);
  useEffect(() => {
    if (previous.current === state) return;
    previous.current = state;
    const active = document.activeElement;
    if (active === null || active === document.body) heading.current?.focus();
  }, [state]);
  return heading;
}
