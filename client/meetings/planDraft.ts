/**
 * The planning form's state and how it becomes a planning request, or a change of a planned
 * overleg (the same form, filled in with the overleg as planned).
 */
import type {
  MeetingChange,
  MeetingKind,
  MeetingPersonView,
  MeetingPlan,
  MeetingView,
  PlanningOptions,
  RecurrenceFrequency,
} from "../../shared/api/meetings.js";
import { addDays } from "../../shared/domain/dates.js";
import { wallTimeOf } from "../../shared/domain/regionTime.js";
import { meetingWallTime } from "./meetingTime.js";

/** One agenda row being planned. */
export interface SlotDraft {
  key: string;
  /** The slot's id when it is already on a planned agenda (it keeps its id and its case). */
  id?: string;
  caseId: string;
  title: string;
  minutes: number;
  invitees: string[];
  /**
   * For a slot on the agenda whose case closed since: who is invited (by name). The form lists
   * them; nobody can be added, and the chair takes the slot off when it is not to be discussed.
   */
  closedCase?: { invited: MeetingPersonView[] };
}

/** The whole form. */
export interface PlanDraft {
  title: string;
  kind: MeetingKind;
  date: string;
  time: string;
  location: string;
  videoLink: string;
  chairUserId: string;
  frequency: RecurrenceFrequency | "";
  occurrences: number;
  slots: SlotDraft[];
}

let keys = 0;

/** A new, empty agenda row: a case row (`general` false) or a general item. */
export function newSlot(general: boolean): SlotDraft {
  keys += 1;
  return { key: `slot-${keys}`, caseId: "", title: "", minutes: general ? 10 : 30, invitees: [] };
}

/** The start time the form suggests. */
const DEFAULT_TIME = "13:00";

/**
 * The date the form suggests at `now`: today, a working day, while its default start time is still
 * ahead (in the region), else the next working day, so the suggestion is never an overleg that is
 * already over, nor one on a Saturday or Sunday.
 */
export function suggestedDate(now: Date): string {
  const { date, time } = wallTimeOf(now);
  if (time < DEFAULT_TIME && !isWeekend(date)) return date;
  let next = addDays(date, 1);
  while (isWeekend(next)) next = addDays(next, 1);
  return next;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The form as it starts: the suggested date, 13:00, the planner chairs. */
export function initialDraft(chairUserId: string, now: Date): PlanDraft {
  return {
    title: "Casusoverleg",
    kind: "casusoverleg",
    date: suggestedDate(now),
    time: DEFAULT_TIME,
    location: "",
    videoLink: "",
    chairUserId,
    frequency: "",
    occurrences: 4,
    slots: [newSlot(false)],
  };
}

/**
 * The form filled in with a planned overleg, as its chair sees it: every slot with its invitees,
 * general items too. Null when a slot's invitees (or a case slot's case) are held back from the
 * caller: the form could not show them, so saving would drop them.
 */
export function draftOf(meeting: MeetingView): PlanDraft | null {
  if (meeting.agenda.some((s) => s.invitees === null || (!s.general && s.caseId === null))) {
    return null;
  }
  const { date, time } = meetingWallTime(meeting.startsAt);
  return {
    title: meeting.title,
    kind: meeting.kind,
    date,
    time,
    location: meeting.location ?? "",
    videoLink: meeting.videoLink ?? "",
    chairUserId: "",
    frequency: "",
    occurrences: 1,
    slots: meeting.agenda.map((s) => ({
      ...newSlot(s.general),
      id: s.id,
      caseId: s.caseId ?? "",
      title: s.title,
      minutes: s.plannedMinutes,
      invitees: s.invitees?.map((p) => p.userId) ?? [],
      ...(s.caseClosed ? { closedCase: { invited: s.invitees ?? [] } } : {}),
    })),
  };
}

/** Choosing a case invites its standing participants (the chair is always there). */
export function withCase(slot: SlotDraft, caseId: string, options: PlanningOptions): SlotDraft {
  const found = options.cases.find((c) => c.id === caseId);
  return {
    ...slot,
    caseId,
    invitees: found?.participants.filter((p) => !p.incidental).map((p) => p.userId) ?? [],
  };
}

/** The agenda as a change sends it: existing slots by id (they keep their case), new ones in full. */
function agendaChange(slots: SlotDraft[]): MeetingChange["agenda"] {
  return slots.map((slot) => ({
    ...(slot.id !== undefined ? { id: slot.id } : {}),
    ...(slot.caseId !== "" ? { caseId: slot.caseId } : { title: slot.title }),
    plannedMinutes: slot.minutes,
    invitees: slot.invitees,
  }));
}

/**
 * The request for `PATCH /api/meetings/:id`: one occurrence, so no chair or recurrence.
 * `planRevision` is the overleg's revision the form was filled in from: the server refuses the
 * change when the plan changed since.
 */
export function toChange(draft: PlanDraft, planRevision: number): MeetingChange {
  return {
    planRevision,
    title: draft.title,
    kind: draft.kind,
    date: draft.date,
    time: draft.time,
    location: draft.location,
    videoLink: draft.videoLink,
    agenda: agendaChange(draft.slots),
  };
}

/** The request for `POST /api/meetings`. */
export function toPlan(draft: PlanDraft): MeetingPlan {
  return {
    title: draft.title,
    kind: draft.kind,
    date: draft.date,
    time: draft.time,
    location: draft.location,
    videoLink: draft.videoLink,
    chairUserId: draft.chairUserId,
    agenda: draft.slots.map((slot) => ({
      ...(slot.caseId !== "" ? { caseId: slot.caseId } : { title: slot.title }),
      plannedMinutes: slot.minutes,
      invitees: slot.invitees,
    })),
    ...(draft.frequency !== ""
      ? { recurrence: { frequency: draft.frequency, occurrences: draft.occurrences } }
      : {}),
  };
}
