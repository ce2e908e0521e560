/**
 * Attendance of everyone at one slot, live from the slot document: the chair (marked present when
 * they start the overleg) and each invitee, the same rows as the verslag. The chair records it.
 */
import type * as Y from "yjs";
import type { SlotAttendeeView } from "../../shared/api/meetings.js";
import { setAttendance, type MeetingDocValue } from "../../shared/docs/meetingDoc.js";
import { ATTENDANCE_STATUSES, type AttendanceStatus } from "../../shared/domain/meeting.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** Props of the attendance table. */
export interface AttendanceTableProps {
  doc: Y.Doc;
  live: MeetingDocValue;
  slotId: string;
  people: SlotAttendeeView[];
  userId: string;
  mayRecord: boolean;
}

/** One row per person with their status (a choice for the chair, also for their own row). */
export function AttendanceTable({
  doc,
  live,
  slotId,
  people,
  userId,
  mayRecord,
}: AttendanceTableProps) {
  const statusOf = (personId: string) =>
    live.attendance.find((a) => a.agendaItemId === slotId && a.userId === personId)?.status;
  const record = (personId: string, status: AttendanceStatus) =>
    setAttendance(doc, slotId, personId, status, { by: userId, at: new Date().toISOString() });
  return (
    <section className="mt-section" aria-labelledby={`aanwezig-${slotId}`}>
      <h3 id={`aanwezig-${slotId}`}>{t.attendanceHeading}</h3>
      <table className="data-table mt-attendance">
        <tbody>
          {people.map((person) => {
            const status = statusOf(person.userId);
            return (
              <tr key={person.userId}>
                <th scope="row">
                  {person.displayName}
                  {person.chair ? ` (${t.chairMark})` : ""}
                  <div className="muted">
                    {person.organisationName}
                    {person.incidental ? ` · ${t.incidentalMark}` : ""}
                  </div>
                </th>
                <td>
                  {mayRecord ? (
                    <select
                      aria-label={`${t.attendanceHeading}: ${person.displayName}`}
                      value={status ?? ""}
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
                  ) : status ? (
                    t.attendance[status]
                  ) : (
                    t.attendanceUnknown
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
