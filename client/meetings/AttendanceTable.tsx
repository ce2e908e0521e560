/**
 * Attendance of everyone at one slot, live from the slot document: the chair (marked present when
 * they start the overleg) and each invitee, the same rows as the verslag. The chair records it
 * during the overleg, and corrects it within the window after it ("Corrigeren"); everyone sees a
 * correction's note and, on request, what the overleg had recorded. The chair also reads which
 * incidental attendee has signed the geheimhoudingsverklaring.
 */
import { Fragment, useState } from "react";
import type * as Y from "yjs";
import type { SlotAttendeeView } from "../../shared/api/meetings.js";
import {
  setAttendance,
  type AttendanceEntry,
  type MeetingDocValue,
} from "../../shared/docs/meetingDoc.js";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../../shared/domain/meeting.js";
import { formatClockTime } from "./meetingTime.js";
import { messages } from "../i18n/messages.js";
import type { SlotCorrector } from "./meetingsApi.js";
import { AttendanceCorrectionForm } from "./AttendanceCorrectionForm.js";
import { CorrectionNote } from "./CorrectionNote.js";

const t = messages.meetings;

/** Props of the attendance table. */
export interface AttendanceTableProps {
  doc: Y.Doc;
  live: MeetingDocValue;
  slotId: string;
  people: SlotAttendeeView[];
  userId: string;
  mayRecord: boolean;
  /** Sends a correction after the overleg; null unless the chair may correct now. */
  correct: SlotCorrector | null;
}

/** What the row says about an incidental attendee: to the chair, whether they have signed. */
function incidentalNote(person: SlotAttendeeView): string {
  if (person.verklaring === null) return t.incidentalMark;
  const { signedAt } = person.verklaring;
  return signedAt === null
    ? t.verklaringNotSigned
    : t.verklaringSignedAt(formatClockTime(signedAt));
}

/** One row per person with their status (a choice for the chair, also for their own row). */
export function AttendanceTable({
  doc,
  live,
  slotId,
  people,
  userId,
  mayRecord,
  correct,
}: AttendanceTableProps) {
  // Whose attendance the chair is correcting: each form stays open until it is stored or closed,
  // so opening another one never throws away what was chosen and typed in the first.
  const [correcting, setCorrecting] = useState<ReadonlySet<string>>(() => new Set());
  const startCorrecting = (personId: string) =>
    setCorrecting((open) => new Set([...open, personId]));
  const stopCorrecting = (personId: string) =>
    setCorrecting((open) => new Set([...open].filter((id) => id !== personId)));
  const markOf = (personId: string) =>
    live.attendance.find((a) => a.agendaItemId === slotId && a.userId === personId);
  const nameOf = (personId: string) =>
    people.find((p) => p.userId === personId)?.displayName ?? t.unknownPerson;
  const record = (personId: string, status: AttendanceStatus) =>
    setAttendance(doc, slotId, personId, status, { by: userId, at: new Date().toISOString() });
  const shown = (person: SlotAttendeeView, mark: AttendanceEntry | undefined) => {
    if (mayRecord) {
      return (
        <select
          aria-label={`${t.attendanceHeading}: ${person.displayName}`}
          value={mark?.status ?? ""}
          onChange={(e) => record(person.userId, e.target.value as AttendanceStatus)}
        >
          <option value="" disabled>
            {t.attendanceUnknown}
          </option>
          {ATTENDANCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.attendance[s]}
            </option>
          ))}
        </select>
      );
    }
    const correction = mark?.correctionAfterEnd;
    const original = correction?.original;
    return (
      <>
        {mark ? t.attendance[mark.status] : t.attendanceUnknown}
        {correction !== undefined && (
          <CorrectionNote
            correction={correction}
            original={original ? t.attendance[original.status] : t.attendanceUnknown}
            originalLabel={t.originalAttendance}
            nameOf={nameOf}
          />
        )}
        {correct !== null && !correcting.has(person.userId) && (
          <span className="mt-besluit-actions">
            <button
              type="button"
              className="button button-quiet"
              aria-label={t.correctAttendance(person.displayName)}
              onClick={() => startCorrecting(person.userId)}
            >
              {t.correct}
            </button>
          </span>
        )}
      </>
    );
  };
  return (
    <section className="mt-section" aria-labelledby={`aanwezig-${slotId}`}>
      <h3 id={`aanwezig-${slotId}`}>{t.attendanceHeading}</h3>
      <table className="data-table mt-attendance">
        <tbody>
          {people.map((person) => {
            const mark = markOf(person.userId);
            return (
              <Fragment key={person.userId}>
                <tr>
                  <th scope="row">
                    {person.displayName}
                    {person.chair ? ` (${t.chairMark})` : ""}
                    <div className="muted">
                      {person.organisationName}
                      {person.incidental ? ` · ${incidentalNote(person)}` : ""}
                      {person.withdrawn ? ` · ${t.withdrawnMark}` : ""}
                    </div>
                  </th>
                  <td>{shown(person, mark)}</td>
                </tr>
                {correct !== null && correcting.has(person.userId) && (
                  // A row of its own below the person: the form needs the table's width.
                  <tr>
                    <td colSpan={2}>
                      <AttendanceCorrectionForm
                        userId={person.userId}
                        displayName={person.displayName}
                        current={mark?.status ?? null}
                        correct={correct}
                        onClose={() => stopCorrecting(person.userId)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
