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

/** A decision (besluit) recorded during a slot. */
export const BesluitSchema = z.object({
  id: z.string().min(1),
  agendaItemId: z.string().min(1),
  text: z.string().min(1).max(2000),
  recordedBy: z.string().min(1),
  recordedAt: IsoDateTimeSchema,
  /** Who last corrected the text and when (absent: never corrected; older entries lack both). */
  correctedBy: z.string().min(1).optional(),
  correctedAt: IsoDateTimeSchema.optional(),
  /** Who withdrew the besluit and when (absent: it stands). */
  withdrawnBy: z.string().min(1).optional(),
  withdrawnAt: IsoDateTimeSchema.optional(),
});

/** A decision recorded during a slot. */
export type Besluit = z.infer<typeof BesluitSchema>;
