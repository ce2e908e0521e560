/** The planning form's state and how it becomes a planning request. */
import type {
  MeetingKind,
  MeetingPlan,
  PlanningOptions,
  RecurrenceFrequency,
} from "../../shared/api/meetings.js";

/** One agenda row being planned. */
export interface SlotDraft {
  key: string;
  caseId: string;
  title: string;
  minutes: number;
  invitees: string[];
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

/** The form as it starts: today's date, 13:00, the planner chairs. */
export function initialDraft(chairUserId: string, today: string): PlanDraft {
  return {
    title: "Casusoverleg",
    kind: "casusoverleg",
    date: today,
    time: "13:00",
    location: "",
    videoLink: "",
    chairUserId,
    frequency: "",
    occurrences: 4,
    slots: [newSlot(false)],
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
