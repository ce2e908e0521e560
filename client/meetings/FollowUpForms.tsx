/**
 * The chair's follow-up of a case, with its open actions carried over: on one of their overleggen
 * already planned (the server offers those that do not hold the case yet, soonest first), or in a
 * new overleg at a date and time. One follow-up per slot: once it is planned, both stay off.
 */
import { useState } from "react";
import { Link } from "react-router";
import type { SlotCaseView } from "../../shared/api/meetings.js";
import { useOneRequest } from "../api/useOneRequest.js";
import { messages } from "../i18n/messages.js";
import { planFollowUp } from "./meetingsApi.js";
import { meetingPath } from "./meetingPaths.js";
import { formatMeetingDateTime } from "./meetingTime.js";

const t = messages.meetings;

/** Where the follow-up went: an overleg already planned, or a new one. */
interface Planned {
  meetingId: string;
  existing: boolean;
}

/** Both follow-up forms of a slot (chair only, a case that is not closed). */
export function FollowUpForms({ meetingId, view }: { meetingId: string; view: SlotCaseView }) {
  const options = view.followUpOptions;
  const [choice, setChoice] = useState<string | null>(null);
  // The choice while it is still offered (the slot may load again with other options), else the
  // soonest.
  const target = options.find((o) => o.meetingId === choice)?.meetingId ?? options[0]?.meetingId;
  const [date, setDate] = useState("");
  const [time, setTime] = useState("13:00");
  const [planned, setPlanned] = useState<Planned | null>(null);
  const { busy, error, run } = useOneRequest();
  const off = busy || planned !== null;
  const plan = (request: { meetingId: string } | { date: string; time: string }) =>
    run(async () => {
      const { id } = await planFollowUp(meetingId, view.slotId, request);
      setPlanned({ meetingId: id, existing: "meetingId" in request });
    });

  return (
    <>
      {options.length > 0 && (
        <form
          className="mt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (target !== undefined) plan({ meetingId: target });
          }}
        >
          <label htmlFor={`vervolg-overleg-${view.slotId}`}>{t.followUpOnPlanned}</label>
          <select
            id={`vervolg-overleg-${view.slotId}`}
            value={target}
            onChange={(e) => setChoice(e.target.value)}
          >
            {options.map((o) => (
              <option key={o.meetingId} value={o.meetingId}>
                {t.followUpOption(o.title, formatMeetingDateTime(o.startsAt))}
              </option>
            ))}
          </select>
          <button type="submit" className="button" disabled={off}>
            {t.followUpAdd}
          </button>
        </form>
      )}
      <form
        className="mt-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          plan({ date, time });
        }}
      >
        {options.length > 0 && <p className="muted">{t.followUpOrNew}</p>}
        <label htmlFor={`vervolg-datum-${view.slotId}`}>{t.fieldDate}</label>
        <input
          id={`vervolg-datum-${view.slotId}`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`vervolg-tijd-${view.slotId}`}>{t.fieldTime}</label>
        <input
          id={`vervolg-tijd-${view.slotId}`}
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
        <button type="submit" className="button" disabled={off}>
          {t.followUp}
        </button>
      </form>
      {planned !== null && (
        <p role="status">
          {planned.existing ? t.followUpAdded : t.followUpPlanned}{" "}
          <Link to={meetingPath(planned.meetingId)}>
            {planned.existing ? t.openFollowUpPlanned : t.openFollowUp}
          </Link>
        </p>
      )}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </>
  );
}
