/** A meeting (casusoverleg session) and its agenda: one slot per case or general item. */
import { z } from "zod";
import { IsoDateTimeSchema } from "./dates.js";

/** One agenda slot. A case slot is only visible to that case's participants (need to know). */
export const AgendaItemSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, "agenda-id bevat ongeldige tekens"),
  title: z.string().min(1).max(200),
  /** The case discussed in this slot; absent for general items such as the opening. */
  caseId: z.string().min(1).optional(),
  plannedMinutes: z.number().int().positive().max(480),
});

/** One agenda slot. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** A meeting as stored; its live state (current slot, timer, attendance) lives in the meeting doc. */
export const MeetingSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(200),
  startsAt: IsoDateTimeSchema,
  location: z.string().max(200).optional(),
  /** User id of the chairing procesregisseur. */
  chairUserId: z.string().min(1),
  agenda: z.array(AgendaItemSchema),
  createdAt: IsoDateTimeSchema,
  createdBy: z.string().min(1),
});

/** A meeting as stored. */
export type Meeting = z.infer<typeof MeetingSchema>;

/** Attendance per participant per slot. */
export const ATTENDANCE_STATUSES = ["aanwezig", "afwezig", "afgemeld"] as const;

/** Schema for an attendance status. */
export const AttendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);

/** An attendance status. */
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** Dutch label per attendance status. */
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  aanwezig: "Aanwezig",
  afwezig: "Afwezig",
  afgemeld: "Afgemeld",
};

/** Most characters of a besluit's text. */
export const BESLUIT_TEXT_MAX = 2000;

/**
 * How many days after an overleg ended its chair may still correct its record (a besluit's text,
 * someone's attendance): "corrigeren na afloop". The verslag goes round the partners in the days
 * after the overleg and is checked against their own notes; two weeks covers that round, also
 * with a holiday or a part-time week in between, and ends before most follow-up overleggen (every
 * two or four weeks) build on the record. What turns out wrong later belongs in the next
 * overleg's verslag, where everyone at the table sees it.
 */
export const MEETING_CORRECTION_WINDOW_DAYS = 14;

/** Most characters of the reason given with a correction after the overleg: a short note. */
export const CORRECTION_REASON_MAX = 200;

/** Who corrected the record after the overleg ended (the last correction), when, and why. */
const CorrectionStampFields = {
  by: z.string().min(1),
  at: IsoDateTimeSchema,
  reason: z.string().min(1).max(CORRECTION_REASON_MAX).optional(),
};

/**
 * A besluit corrected after the overleg ended: the text as the overleg left it (kept through later
 * corrections, so the original is never lost) and who corrected it last, when and why.
 */
export const BesluitCorrectionSchema = z.object({
  originalText: z.string().min(1).max(BESLUIT_TEXT_MAX),
  ...CorrectionStampFields,
});

/** A besluit's correction after the overleg. */
export type BesluitCorrection = z.infer<typeof BesluitCorrectionSchema>;

/**
 * A besluit the chair withdrew after the overleg ended: who, when and why (a reason is required:
 * partners may have acted on the besluit, and the next verslag tells them it no longer stands).
 */
export const BesluitWithdrawalSchema = z.object({
  ...CorrectionStampFields,
  reason: z.string().min(1).max(CORRECTION_REASON_MAX),
});

/** A besluit's withdrawal after the overleg. */
export type BesluitWithdrawal = z.infer<typeof BesluitWithdrawalSchema>;

/** One attendance mark as set: the status and who set it when (null in entries that lack them). */
export const AttendanceMarkSchema = z.object({
  status: AttendanceStatusSchema,
  setBy: z.string().min(1).nullable(),
  setAt: IsoDateTimeSchema.nullable(),
});

/** One attendance mark as set. */
export type AttendanceMark = z.infer<typeof AttendanceMarkSchema>;

/**
 * An attendance mark corrected after the overleg ended: the mark as the overleg left it (null when
 * none was recorded; kept through later corrections) and who corrected it last, when and why.
 */
export const AttendanceCorrectionSchema = z.object({
  original: AttendanceMarkSchema.nullable(),
  ...CorrectionStampFields,
});

/** An attendance mark's correction after the overleg. */
export type AttendanceCorrection = z.infer<typeof AttendanceCorrectionSchema>;

/** A decision (besluit) recorded during a slot. */
export const BesluitSchema = z.object({
  id: z.string().min(1),
  agendaItemId: z.string().min(1),
  text: z.string().min(1).max(BESLUIT_TEXT_MAX),
  recordedBy: z.string().min(1),
  recordedAt: IsoDateTimeSchema,
  /** Who last corrected the text and when (absent: never corrected; older entries lack both). */
  correctedBy: z.string().min(1).optional(),
  correctedAt: IsoDateTimeSchema.optional(),
  /** Who withdrew the besluit and when (absent: it stands). */
  withdrawnBy: z.string().min(1).optional(),
  withdrawnAt: IsoDateTimeSchema.optional(),
  /** Set once the chair corrected the text after the overleg ended (absent: never). */
  correctionAfterEnd: BesluitCorrectionSchema.optional(),
  /** Set (with `withdrawnBy`/`withdrawnAt`) when the chair withdrew it after the overleg ended. */
  withdrawalAfterEnd: BesluitWithdrawalSchema.optional(),
});

/** A decision recorded during a slot. */
export type Besluit = z.infer<typeof BesluitSchema>;
