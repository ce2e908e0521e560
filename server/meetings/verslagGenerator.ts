/**
 * Generates the verslag of one case in one overleg from what the table recorded: the slot document
 * (attendance; besluiten as corrected, without those withdrawn during the overleg; a correction or
 * withdrawal made after the overleg with its note: when, by whom and why), the plan van aanpak's
 * actions and the overleg's facts. The chair reviews it, adds a summary, and freezes it as a dated
 * version (verslagFreezer.ts).
 */
import type { VerslagAttendance, VerslagContent } from "../../shared/api/meetings.js";
import { readMeeting, type MeetingDocValue } from "../../shared/docs/meetingDoc.js";
import type {
  AttendanceCorrection,
  Besluit,
  BesluitCorrection,
} from "../../shared/domain/meeting.js";
import { formatDocName } from "../../shared/wire/docNames.js";
import { slotAttendeeIds } from "../policies/meetingPolicy.js";
import type { Store } from "../store/store.js";
import { withDocument, type DocumentOpener } from "./documentReader.js";
import type { ClearedSlot } from "./meetingFinder.js";
import { readPlanActions, verslagActions } from "./planActions.js";
import { VERSLAG_LABELS } from "./verslagLabels.js";
import { dutchDateOf, REGION_TIME_ZONE, wallTimeOf } from "../../shared/domain/regionTime.js";

const DATE_FORMAT = new Intl.DateTimeFormat("nl-NL", {
  timeZone: REGION_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** The slot document's recorded state (attendance and besluiten of this slot only). */
export function readSlotDocument(open: DocumentOpener, slotId: string): Promise<MeetingDocValue> {
  return withDocument(
    open,
    formatDocName({ type: "meeting", meetingId: slotId }),
    (doc) => readMeeting(doc).value,
  );
}

/** The note printed beside a record the chair corrected after the overleg. */
function correctionNote(
  store: Store,
  correction: BesluitCorrection | AttendanceCorrection,
): string {
  const name = store.users.get(correction.by)?.displayName ?? "-";
  return VERSLAG_LABELS.corrected(dutchDateOf(new Date(correction.at)), name, correction.reason);
}

/**
 * A besluit as the verslag prints it. One withdrawn during the overleg is no besluit: it is left
 * out, as if it was never taken. One withdrawn after the overleg was in the versions partners
 * have read, so it stays, marked withdrawn with when, by whom and why.
 */
function printedBesluit(store: Store, besluit: Besluit): string[] {
  const { withdrawalAfterEnd, correctionAfterEnd } = besluit;
  if (withdrawalAfterEnd) {
    const name = store.users.get(withdrawalAfterEnd.by)?.displayName ?? "-";
    const date = dutchDateOf(new Date(withdrawalAfterEnd.at));
    return [VERSLAG_LABELS.withdrawn(besluit.text, date, name, withdrawalAfterEnd.reason)];
  }
  if (besluit.withdrawnBy !== undefined) return [];
  if (correctionAfterEnd) return [`${besluit.text} (${correctionNote(store, correctionAfterEnd)})`];
  return [besluit.text];
}

/** Attendance rows: the chair first, then every invitee, with the status the chair recorded. */
function attendanceRows(
  store: Store,
  found: ClearedSlot,
  live: MeetingDocValue,
): VerslagAttendance[] {
  return slotAttendeeIds(found.meeting, found.slot).map((userId) => {
    const user = store.users.get(userId);
    const mark = live.attendance.find(
      (a) => a.agendaItemId === found.slot.id && a.userId === userId,
    );
    const row: VerslagAttendance = {
      name: user?.displayName ?? "-",
      organisation: store.organisations.get(user?.organisationId ?? "")?.name ?? "-",
      status: mark?.status ?? "onbekend",
    };
    if (mark?.correctionAfterEnd)
      row.correctionNote = correctionNote(store, mark.correctionAfterEnd);
    return row;
  });
}

/** Generates the verslag content of the slot's case as it stands now. */
export async function generateVerslag(
  store: Store,
  open: DocumentOpener,
  found: ClearedSlot,
  now: Date,
  samenvatting = "",
): Promise<VerslagContent> {
  const [live, actions] = await Promise.all([
    readSlotDocument(open, found.slot.id),
    readPlanActions(open, found.caseRecord.id),
  ]);
  const { meeting, caseRecord } = found;
  return {
    meetingTitle: meeting.title,
    meetingKind: meeting.kind,
    meetingDate: meetingDateLine(meeting),
    location: [meeting.location, meeting.videoLink].filter(Boolean).join(" / ") || "-",
    chairName: store.users.get(meeting.chairUserId)?.displayName ?? "-",
    caseTitle: caseRecord.title,
    casePhase: caseRecord.phase,
    attendance: attendanceRows(store, found, live),
    besluiten: live.besluiten
      .filter((b) => b.agendaItemId === found.slot.id)
      .flatMap((b) => printedBesluit(store, b)),
    actions: verslagActions(store, actions, wallTimeOf(now).date),
    samenvatting,
  };
}

/** Whether the user was marked present in the slot. */
export function attendedSlot(live: MeetingDocValue, slotId: string, userId: string): boolean {
  return live.attendance.some(
    (a) => a.agendaItemId === slotId && a.userId === userId && a.status === "aanwezig",
  );
}

/**
 * The planned start, and when the overleg really began if that was another minute: a verslag
 * fixed at 09:39 of an overleg planned at 09:50 would otherwise read as a contradiction.
 */
export function meetingDateLine(meeting: { startsAt: string; startedAt?: string }): string {
  const planned = DATE_FORMAT.format(new Date(meeting.startsAt));
  if (meeting.startedAt === undefined) return planned;
  const started = new Date(meeting.startedAt);
  const sameMinute =
    Math.floor(started.getTime() / 60_000) === Math.floor(Date.parse(meeting.startsAt) / 60_000);
  if (sameMinute) return planned;
  const startedAt = wallTimeOf(started);
  const startedText =
    startedAt.date === wallTimeOf(new Date(meeting.startsAt)).date
      ? `om ${startedAt.time}`
      : DATE_FORMAT.format(started);
  return `${planned} (gepland; begonnen ${startedText})`;
}
