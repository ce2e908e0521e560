/**
 * Requests and responses of the overleg API (`/api/meetings`), shared by the server's validation
 * and the client's forms and readers. Ids and enums only in paths; messages are Dutch and name no
 * personal data.
 */
import { z } from "zod";
import {
  AttendanceStatusSchema,
  BESLUIT_TEXT_MAX,
  CORRECTION_REASON_MAX,
} from "../domain/meeting.js";
import type { CaseKindSchema, CasePhase, CasePhaseSchema } from "../domain/case.js";
import { isIsoDate } from "../domain/dates.js";

/** Kinds of overleg a procesregisseur can plan. */
export const MEETING_KINDS = [
  "casusoverleg",
  "triageoverleg",
  "afschalingsoverleg",
  "lokale_kamer",
] as const;

/** Schema for a kind of overleg. */
export const MeetingKindSchema = z.enum(MEETING_KINDS);

/** A kind of overleg. */
export type MeetingKind = z.infer<typeof MeetingKindSchema>;

/** Life cycle of one overleg: planned, running (the chair started it), ended. */
export const MEETING_STATUSES = ["gepland", "bezig", "afgerond"] as const;

/** A meeting status. */
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How a planned overleg repeats. */
export const RECURRENCE_FREQUENCIES = ["wekelijks", "tweewekelijks", "vierwekelijks"] as const;

/** A recurrence frequency. */
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

/** Most occurrences one planning request may create. */
export const MAX_OCCURRENCES = 26;

/** The afschaling criteria checklist (domain.md §3, step 4). */
export const AFSCHALING_CRITERIA = [
  "doelen_bereikt",
  "acties_afgerond",
  "veiligheid_stabiel",
  "regie_belegd",
  "betrokkene_geinformeerd",
  "geen_ketensamenwerking_nodig",
] as const;

/** One afschaling criterion. */
export type AfschalingCriterion = (typeof AFSCHALING_CRITERIA)[number];

/** The phases a chair may move a case to from an overleg. */
export const MEETING_PHASE_TARGETS = ["uitvoering", "afschaling", "gesloten"] as const;

/** A phase a chair may move a case to. */
export type MeetingPhaseTarget = (typeof MEETING_PHASE_TARGETS)[number];

/**
 * The phases a case may be in for the chair to move it to each target (server and buttons). From
 * afschaling to afschaling brings the checklist and the hand-back up to date: the criteria met
 * later are recorded that way, until all are and the case can close.
 */
export const MEETING_PHASE_ALLOWED_FROM: Record<MeetingPhaseTarget, readonly CasePhase[]> = {
  uitvoering: ["triage", "casusoverleg"],
  afschaling: ["casusoverleg", "uitvoering", "afschaling"],
  gesloten: ["afschaling"],
};

/** Whether a case in phase `from` may be moved to `to` from an overleg. */
export function mayMovePhase(from: CasePhase, to: MeetingPhaseTarget): boolean {
  return MEETING_PHASE_ALLOWED_FROM[to].includes(from);
}

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The fields of one agenda slot as the planner sends them. */
const AgendaSlotFields = z.object({
  /** The case discussed; absent for general items (opening, rondvraag). */
  caseId: z.string().min(1).max(100).optional(),
  /** Required for general items; a case slot takes the case's neutral title. */
  title: z.string().trim().max(200).optional(),
  plannedMinutes: z.number().int().min(1, "Minimaal 1 minuut.").max(480),
  /** User ids invited to this slot: case participants and incidental participants. */
  invitees: z.array(z.string().min(1).max(100)).max(100).default([]),
});

const GENERAL_TITLE_REQUIRED = {
  message: "Geef een algemeen agendapunt een titel.",
  path: ["title"],
};

/** One agenda slot as the planner sends it. */
export const AgendaSlotPlanSchema = AgendaSlotFields.refine(
  (slot) => slot.caseId !== undefined || (slot.title ?? "") !== "",
  GENERAL_TITLE_REQUIRED,
);

/** One agenda slot as planned. */
export type AgendaSlotPlan = z.infer<typeof AgendaSlotPlanSchema>;

/** When, where and what kind: the facts of an overleg that planning and changing share. */
const MeetingFields = z.object({
  title: z.string().trim().min(1, "Vul een titel in.").max(200, "Maximaal 200 tekens."),
  kind: MeetingKindSchema,
  /** Calendar date and wall-clock time in the region (Europe/Amsterdam). */
  date: z.string().refine(isIsoDate, "Vul een geldige datum in (jjjj-mm-dd)."),
  time: z.string().regex(TIME_PATTERN, "Vul een tijd in als uu:mm."),
  location: z.string().trim().max(200, "Maximaal 200 tekens.").optional(),
  videoLink: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === "" || /^https:\/\/\S+$/.test(v), "Een videolink begint met https://.")
    .optional(),
});

const PLACE_REQUIRED = { message: "Vul een locatie of een videolink in.", path: ["location"] };
const hasPlace = (m: { location?: string | undefined; videoLink?: string | undefined }) =>
  (m.location ?? "") !== "" || (m.videoLink ?? "") !== "";
const AGENDA_MIN = "Zet minstens één punt op de agenda.";

/** `POST /api/meetings`: plan an overleg, optionally repeating. */
export const MeetingPlanSchema = MeetingFields.extend({
  /** Defaults to the planner; must be a procesregisseur. */
  chairUserId: z.string().min(1).max(100).optional(),
  agenda: z.array(AgendaSlotPlanSchema).min(1, AGENDA_MIN).max(40),
  recurrence: z
    .object({
      frequency: z.enum(RECURRENCE_FREQUENCIES),
      occurrences: z.number().int().min(1).max(MAX_OCCURRENCES),
    })
    .optional(),
}).refine(hasPlace, PLACE_REQUIRED);

/** A parsed planning request. */
export type MeetingPlan = z.infer<typeof MeetingPlanSchema>;

/**
 * One agenda slot in a change: an existing slot by its `id` (it keeps its case; a general item
 * without a title keeps its title), or a new slot without one. Order is the new agenda order.
 */
export const AgendaSlotChangeSchema = AgendaSlotFields.extend({
  id: z.string().min(1).max(100).optional(),
}).refine(
  (slot) => slot.id !== undefined || slot.caseId !== undefined || (slot.title ?? "") !== "",
  GENERAL_TITLE_REQUIRED,
);

/** One agenda slot in a change. */
export type AgendaSlotChange = z.infer<typeof AgendaSlotChangeSchema>;

/**
 * `PATCH /api/meetings/:id`: change a planned overleg (one occurrence). The whole plan is sent:
 * slots left out are taken off the agenda. The chair and the recurrence are not changed here.
 */
export const MeetingChangeSchema = MeetingFields.extend({
  agenda: z.array(AgendaSlotChangeSchema).min(1, AGENDA_MIN).max(40),
  /**
   * The `planRevision` the change was made on (as `GET /api/meetings/:id` gave it). When the plan
   * changed since, the server refuses (409) instead of overwriting that change; absent: no check.
   */
  planRevision: z.number().int().min(0).optional(),
}).refine(hasPlace, PLACE_REQUIRED);

/** A parsed change of a planned overleg. */
export type MeetingChange = z.infer<typeof MeetingChangeSchema>;

/** `POST /api/meetings/:id/verklaring`: the signature must state agreement explicitly. */
export const SignVerklaringSchema = z.object({ akkoord: z.literal(true) });

/** Longest samenvatting of a verslag, in characters. */
export const SAMENVATTING_MAX = 5000;

/** Highest verslag version number the API accepts (in export paths and freeze requests). */
export const MAX_VERSLAG_VERSION = 10_000;

/**
 * `POST .../verslag`: the chair's reviewed summary; freezing makes a new dated version. `version`
 * is the number the chair's page said the new version would get (and asked to confirm when one
 * existed): if someone froze another version meanwhile, the server refuses instead of silently
 * making a later one.
 */
export const FreezeVerslagSchema = z.object({
  samenvatting: z
    .string()
    .trim()
    .max(SAMENVATTING_MAX, `Maximaal ${SAMENVATTING_MAX} tekens.`)
    .default(""),
  version: z.number().int().min(1).max(MAX_VERSLAG_VERSION),
});

/** A parsed freeze request: the chair's samenvatting and the version number they confirmed. */
export type FreezeVerslagRequest = z.infer<typeof FreezeVerslagSchema>;

/**
 * `PUT .../verslag/samenvatting`: the samenvatting as the chair is typing it, stored for the next
 * version (`version`, as in a freeze request): when another version was fixed meanwhile, the text
 * was meant for a version that exists now, and the server refuses it.
 */
export const SamenvattingConceptSchema = z.object({
  samenvatting: z.string().max(SAMENVATTING_MAX, `Maximaal ${SAMENVATTING_MAX} tekens.`),
  version: z.number().int().min(1).max(MAX_VERSLAG_VERSION),
});

/** A parsed concept: the samenvatting typed so far and the version it is meant for. */
export type SamenvattingConceptRequest = z.infer<typeof SamenvattingConceptSchema>;

/** A stored concept of the samenvatting: its text and when it was stored. */
export interface SamenvattingConceptView {
  samenvatting: string;
  savedAt: string;
}

/** `POST .../phase`: move the slot's case to a next phase. */
export const PhaseChangeSchema = z
  .object({
    to: z.enum(MEETING_PHASE_TARGETS),
    /** Required for `afschaling`: the checklist and to whom the case is handed back. */
    criteriaMet: z.array(z.enum(AFSCHALING_CRITERIA)).max(AFSCHALING_CRITERIA.length).optional(),
    handedBackTo: z.string().trim().max(200, "Maximaal 200 tekens.").optional(),
    toelichting: z.string().trim().max(2000, "Maximaal 2000 tekens.").optional(),
    /**
     * For an afschaling brought up to date: when the afschaling the form was filled in from was
     * recorded (its `at`). Refused (409) when another was recorded since, at the table or on the
     * case page, so neither writes the other's checklist back unseen.
     */
    basis: z.string().max(40).optional(),
  })
  .refine((p) => p.to !== "afschaling" || (p.handedBackTo ?? "") !== "", {
    message: "Vul in aan wie de casus wordt overgedragen.",
    path: ["handedBackTo"],
  });

/** A parsed phase change. */
export type PhaseChange = z.infer<typeof PhaseChangeSchema>;

/**
 * `POST .../follow-up`: the slot's case is discussed again, its open actions carried over: in a new
 * overleg at `date` and `time`, or, with `meetingId`, in an overleg already planned (one of the
 * chair's `followUpOptions`), where it is added as a slot.
 */
export const FollowUpSchema = z
  .object({
    meetingId: z.string().min(1).max(64).optional(),
    date: z.string().refine(isIsoDate, "Vul een geldige datum in (jjjj-mm-dd).").optional(),
    time: z.string().regex(TIME_PATTERN, "Vul een tijd in als uu:mm.").optional(),
    /** The follow-up slot's minutes; the slot's own when left out. */
    plannedMinutes: z.number().int().min(1).max(480).optional(),
  })
  .refine((f) => f.meetingId !== undefined || (f.date !== undefined && f.time !== undefined), {
    message: "Vul een datum en tijd in, of kies een gepland overleg",
    path: ["date"],
  });

/** An overleg already planned that the chair can put a slot's case on as its follow-up. */
export interface FollowUpOption {
  meetingId: string;
  title: string;
  /** The planned start (ISO). */
  startsAt: string;
}

/** The optional reason of a correction after the overleg; blank means none. */
const CorrectionReasonSchema = z
  .string()
  .trim()
  .max(CORRECTION_REASON_MAX, `Maximaal ${CORRECTION_REASON_MAX} tekens.`)
  .optional()
  .transform((reason) => (reason === "" ? undefined : reason));

/** The besluit a correction or withdrawal is about, and its text as the chair's page showed it. */
const BesluitSeenFields = {
  besluitId: z.string().min(1).max(100),
  previousText: z.string().max(BESLUIT_TEXT_MAX),
};

/**
 * `POST /api/meetings/:id/slots/:slotId/correction`: the chair corrects the record of an ended
 * overleg, within its correction window: the text of a besluit, its withdrawal (with a required
 * reason), or one person's attendance. Each names what the chair's page showed (`previousText`,
 * `previousStatus`: null for "niet vastgelegd"); when the record changed since, the server refuses
 * (409) instead of overwriting.
 */
export const SlotCorrectionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("besluit"),
    ...BesluitSeenFields,
    text: z
      .string()
      .trim()
      .min(1, "Vul de tekst van het besluit in.")
      .max(BESLUIT_TEXT_MAX, `Maximaal ${BESLUIT_TEXT_MAX} tekens.`),
    reason: CorrectionReasonSchema,
  }),
  z.object({
    kind: z.literal("besluitIntrekking"),
    ...BesluitSeenFields,
    reason: z
      .string()
      .trim()
      .min(1, "Vul de reden van het intrekken in.")
      .max(CORRECTION_REASON_MAX, `Maximaal ${CORRECTION_REASON_MAX} tekens.`),
  }),
  z.object({
    kind: z.literal("aanwezigheid"),
    userId: z.string().min(1).max(100),
    previousStatus: AttendanceStatusSchema.nullable(),
    status: AttendanceStatusSchema,
    reason: CorrectionReasonSchema,
  }),
]);

/** A correction as the client sends it. */
export type SlotCorrectionInput = z.input<typeof SlotCorrectionSchema>;

/** A parsed correction of an ended overleg's record. */
export type SlotCorrection = z.infer<typeof SlotCorrectionSchema>;

/** A person as the overleg pages name them. */
export interface MeetingPersonView {
  userId: string;
  displayName: string;
  organisationName: string;
  /** True when this person must sign the geheimhoudingsverklaring for the slot. */
  incidental: boolean;
}

/** One row of the Overleggen list. */
export interface MeetingListItem {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  location: string | null;
  videoLink: string | null;
  status: MeetingStatus;
  chairName: string;
  isChair: boolean;
  /** Agenda items the caller is invited to. */
  slotCount: number;
  verklaringRequired: boolean;
  verklaringSigned: boolean;
  /**
   * To the chair of a started or ended overleg: how many of its case slots have no fixed verslag
   * yet (work left after the afternoon). Null before it starts, and to anyone else.
   */
  verslagenToFix: number | null;
}

/** `GET /api/meetings`. */
export interface MeetingList {
  meetings: MeetingListItem[];
}

/**
 * One agenda slot as the caller may see it. Before the verklaring is signed (or for a slot the
 * caller is not cleared for) only the title is there: `caseId` and the invitees are null. A
 * general item's invitees are shown to the chair only (who plans them), null for everyone else.
 */
export interface MeetingSlotView {
  id: string;
  title: string;
  plannedMinutes: number;
  /** Planned start of the slot (ISO), from the meeting start and the slots before it. */
  startsAt: string;
  general: boolean;
  cleared: boolean;
  caseId: string | null;
  /**
   * True when the slot's case has closed (told only with the case, to whom is cleared for it): it
   * stays on a planned agenda until the chair takes it off, and gets no one new invited.
   */
  caseClosed: boolean;
  invitees: MeetingPersonView[] | null;
  /** To the chair, of a case slot: whether a verslag version was fixed. Null otherwise. */
  verslagFixed: boolean | null;
}

/** `GET /api/meetings/:id`. */
export interface MeetingView extends MeetingListItem {
  agenda: MeetingSlotView[];
  /** When the caller signed the verklaring for this overleg, if they did. */
  verklaringSignedAt: string | null;
  /** Set when this overleg was planned as a follow-up of another. */
  followUpOf: string | null;
  /**
   * How often its plan changed. The server announces the same number in the overleg's live
   * document; a page whose number is lower loads the overleg again.
   */
  planRevision: number;
}

/** A person at a case slot, as the attendance table lists them. */
export interface SlotAttendeeView extends MeetingPersonView {
  /** True for the overleg's chair, who is at every slot. */
  chair: boolean;
  /**
   * Told to the chair only, about an incidental attendee: when they signed the overleg's
   * geheimhoudingsverklaring (`signedAt` null: not yet). Null for anyone else, and to anyone else.
   */
  verklaring: { signedAt: string | null } | null;
  /**
   * True for someone taken off the slot while the overleg ran (they left the case team): listed for
   * the attendance the verslag keeps, no longer invited, and asked for no verklaring.
   */
  withdrawn: boolean;
}

/** An open action carried over to the overleg (from the plan van aanpak). */
export interface CarriedActionView {
  id: string | null;
  /**
   * The action's API id, when the caller may add a progress note to it (as in Mijn acties: the
   * chair, its regisseurs, its organisation's partners); null otherwise.
   */
  progressActionId: string | null;
  text: string;
  organisationName: string | null;
  responsible: string | null;
  dueDate: string | null;
  status: string | null;
  overdue: boolean;
  /** The latest progress note (the writer by name), so the table hears where the action stands. */
  lastProgress: { at: string; by: string; text: string } | null;
}

/** `GET /api/meetings/:id/slots/:slotId`: the case data of one slot, for cleared invitees. */
export interface SlotCaseView {
  meetingId: string;
  slotId: string;
  caseId: string;
  title: string;
  phase: z.infer<typeof CasePhaseSchema>;
  kind: z.infer<typeof CaseKindSchema>;
  /** `write` lets the caller edit the case documents (standing partners with write access). */
  access: "write" | "read";
  isChair: boolean;
  /** Everyone whose attendance the verslag records: the chair first, then each invitee. */
  attendees: SlotAttendeeView[];
  openActions: CarriedActionView[];
  afschaling: AfschalingView | null;
  /**
   * Until when (ISO) the caller may correct the slot's besluiten and attendance: set for the chair
   * of an ended overleg within its correction window, null otherwise.
   */
  correctableUntil: string | null;
  /**
   * For the chair: the overleggen they chair that are planned later and do not hold the case yet,
   * soonest first, to put the case on as its follow-up (empty for everyone else).
   */
  followUpOptions: FollowUpOption[];
}

/** The recorded afschaling of a case. */
export interface AfschalingView {
  criteriaMet: AfschalingCriterion[];
  handedBackTo: string;
  toelichting: string;
  at: string;
}

/** One attendance row of a verslag. */
export interface VerslagAttendance {
  name: string;
  organisation: string;
  status: z.infer<typeof AttendanceStatusSchema> | "onbekend";
  /** The correction after the overleg, as printed beside the status (absent: not corrected). */
  correctionNote?: string;
}

/** One action row of a verslag. */
export interface VerslagAction {
  text: string;
  organisation: string;
  responsible: string;
  dueDate: string;
  status: string;
}

/** The content of a verslag: what the PDF and DOCX render (headings, lists, tables). */
export interface VerslagContent {
  meetingTitle: string;
  meetingKind: MeetingKind;
  meetingDate: string;
  location: string;
  chairName: string;
  caseTitle: string;
  casePhase: z.infer<typeof CasePhaseSchema>;
  attendance: VerslagAttendance[];
  /** The besluiten as printed: a besluit corrected after the overleg ends with its correction note. */
  besluiten: string[];
  actions: VerslagAction[];
  samenvatting: string;
}

/**
 * One block of a verslag as laid out for reading: title, notes, headings, paragraphs, lists and
 * tables. The PDF and DOCX renderers draw these blocks, and the chair's concept shows the same ones.
 */
export type VerslagBlock =
  | { type: "title"; text: string }
  | { type: "note"; text: string }
  | { type: "heading"; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; items: string[] }
  /** `widths` are fractions of the page width, one per column. */
  | { type: "table"; header: boolean; widths: number[]; rows: string[][] };

/** A frozen verslag version. */
export interface VerslagVersionView {
  version: number;
  frozenAt: string;
  frozenBy: string;
}

/** `GET /api/meetings/:id/slots/:slotId/verslag`. */
export interface VerslagOverview {
  /**
   * The concept: the verslag generated from what the table recorded so far, laid out as the frozen
   * version will be, but without the samenvatting: the chair is still writing it, and the client
   * adds it as it is typed (`samenvattingBlocks`, the same layout as the fixed version). Chair only.
   */
  draft: VerslagBlock[] | null;
  versions: VerslagVersionView[];
  /**
   * For the chair: the latest fixed version, when the besluiten or the attendance recorded now
   * differ from what it holds (a correction after the overleg, or a besluit recorded after it was
   * fixed), so whoever downloads it misses that until a new version is fixed. Null otherwise.
   */
  recordChangedSince: number | null;
  /**
   * For the chair: how many of the concept's actions lack an organisation, a Verantwoordelijke or
   * a deadline; fixing the verslag asks first while any do. 0 for others.
   */
  incompleteActions: number;
  /**
   * For the chair: the samenvatting of the latest fixed version, which the chair's box starts with
   * when nothing was typed since, so a new version keeps it unless the chair changes it. Null
   * otherwise.
   */
  latestSamenvatting: string | null;
  /**
   * For the chair: the samenvatting stored as it was typed for the next version (it wins over
   * `latestSamenvatting`, being newer). Null when none is stored, and for others.
   */
  samenvattingConcept: SamenvattingConceptView | null;
  mayFreeze: boolean;
  mayDownload: boolean;
}

/** Formats of an exported verslag. */
export const VERSLAG_FORMATS = ["pdf", "docx"] as const;

/** An export format. */
export type VerslagFormat = (typeof VERSLAG_FORMATS)[number];

/** What the planning form may choose from. */
export interface PlanningOptions {
  cases: {
    id: string;
    title: string;
    phase: z.infer<typeof CasePhaseSchema>;
    /** The case team. */
    participants: MeetingPersonView[];
    /**
     * Standing partners of the case outside its team (the region's procesregisseurs): invited
     * without signing a verklaring, so never marked incidental; not invited by default.
     */
    standingOutsideTeam: MeetingPersonView[];
  }[];
  /** Everyone in the region who can be invited as an incidental participant, and chairs. */
  people: (MeetingPersonView & { role: string })[];
}

/** The geheimhoudingsverklaring as shown before signing. */
export interface VerklaringView {
  version: string;
  text: string;
  signedAt: string | null;
}

/** API path of one verslag export. */
export function verslagExportPath(
  meetingId: string,
  slotId: string,
  version: number,
  format: VerslagFormat,
): string {
  return `/api/meetings/${meetingId}/slots/${slotId}/verslag/${version}/${format}`;
}
