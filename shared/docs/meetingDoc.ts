/**
 * The meeting document: the live state of one casusoverleg session that every participant's
 * screen follows. The agenda itself is stored with the meeting (shared/domain/meeting.ts).
 *
 *   state      : Y.Map{ currentAgendaItemId: string, timerStartedAt: ISO, followChair: boolean,
 *                       status: "bezig" | "afgerond" (written by the server when the chair starts or
 *                       ends the overleg, so open screens learn it at once),
 *                       verslagVersion: number (in a slot's document: the latest verslag version
 *                       fixed, written by the server, so open screens list it at once),
 *                       planRevision: number (in the overleg's document: the revision of its plan,
 *                       written by the server when the plan changes, so open screens load it again),
 *                       signatures: number (in a slot's document: how many of its invitees signed
 *                       the verklaring, written by the server, so the chair's open slot shows who),
 *                       actionsRevision: number (in a slot's document: counts changes of its case's
 *                       actions and their progress notes, written by the server, so open screens
 *                       load the carried-over actions again) }
 *   attendance : Y.Map<"<agendaItemId>/<userId>", { status, setBy, setAt, correctionAfterEnd? }>
 *   besluiten  : Y.Array<{ id, agendaItemId, text, recordedBy, recordedAt,
 *                          correctedBy?, correctedAt?, withdrawnBy?, withdrawnAt?,
 *                          correctionAfterEnd?, withdrawalAfterEnd? }>
 *
 * Attendance uses one flat key per slot and person (not a map per slot) so that two people marking
 * attendance in the same, new slot at once cannot overwrite each other's entries.
 *
 * A besluit is a plain object replaced whole when it is corrected or withdrawn: the writer finds it
 * by id (others may insert before it meanwhile), deletes it and inserts the changed copy in its
 * place, in one transaction. Two such changes made at once leave two entries with the same id; the
 * reader merges them into one, the same way on every copy (see `mergeBesluit`), and the next change
 * leaves one entry again. Older entries simply lack the correction and withdrawal fields.
 *
 * `correctionAfterEnd` (a plain object inside the entry) is written by the server only, when the
 * chair corrects the record of an ended overleg (meetingCorrections.ts): it keeps the original
 * beside the corrected text or status, with who corrected it, when and why. So is
 * `withdrawalAfterEnd`, beside `withdrawnBy`/`withdrawnAt`, when the chair withdraws a besluit then.
 */
import type * as Y from "yjs";
import {
  ATTENDANCE_STATUSES,
  AttendanceCorrectionSchema,
  BesluitSchema,
  type AttendanceCorrection,
  type AttendanceStatus,
  type Besluit,
} from "../domain/meeting.js";
import {
  fieldsOf,
  nonEmptyString,
  oneOf,
  topLevelArray,
  topLevelMap,
  type ReadProblem,
  type ReadResult,
  type Stamp,
} from "./readSupport.js";

/** Top-level key names of the meeting document. */
export const MEETING_DOC_KEYS = {
  state: "state",
  attendance: "attendance",
  besluiten: "besluiten",
} as const;

/** Field names inside the `state` map. */
export const MEETING_STATE_FIELDS = {
  currentAgendaItemId: "currentAgendaItemId",
  timerStartedAt: "timerStartedAt",
  followChair: "followChair",
  status: "status",
  verslagVersion: "verslagVersion",
  planRevision: "planRevision",
  signatures: "signatures",
  actionsRevision: "actionsRevision",
} as const;

/** Separator between agenda item id and user id in an attendance key (ids never contain it). */
export const ATTENDANCE_KEY_SEPARATOR = "/";

/** One attendance mark. */
export interface AttendanceEntry {
  agendaItemId: string;
  userId: string;
  status: AttendanceStatus;
  setBy: string | null;
  setAt: string | null;
  /** Set once the chair corrected the mark after the overleg ended (absent: never). */
  correctionAfterEnd?: AttendanceCorrection;
}

/** The meeting document as plain data. */
export interface MeetingDocValue {
  currentAgendaItemId: string | null;
  timerStartedAt: string | null;
  /** When true, participants' screens follow the chair to the current agenda item. */
  followChair: boolean;
  /** The overleg's status as the server last announced it (null: never announced). */
  status: string | null;
  /** The latest verslag version of the slot as the server announced it (null: none yet). */
  verslagVersion: number | null;
  /** The revision of the overleg's plan as the server last announced it (null: never announced). */
  planRevision: number | null;
  /** How many of the slot's invitees signed the verklaring, as announced (null: none yet). */
  signatures: number | null;
  /** How often the server announced a change of the slot case's actions (null: never). */
  actionsRevision: number | null;
  attendance: AttendanceEntry[];
  besluiten: Besluit[];
}

/** Reads the meeting document; never throws on its content. */
export function readMeeting(doc: Y.Doc): ReadResult<MeetingDocValue> {
  const problems: ReadProblem[] = [];
  const state = topLevelMap(doc, MEETING_DOC_KEYS.state, problems);
  const followChair = state?.get(MEETING_STATE_FIELDS.followChair);
  const value: MeetingDocValue = {
    currentAgendaItemId: nonEmptyString(state?.get(MEETING_STATE_FIELDS.currentAgendaItemId)),
    timerStartedAt: nonEmptyString(state?.get(MEETING_STATE_FIELDS.timerStartedAt)),
    followChair: followChair === true,
    status: nonEmptyString(state?.get(MEETING_STATE_FIELDS.status)),
    verslagVersion: positiveInteger(state?.get(MEETING_STATE_FIELDS.verslagVersion)),
    planRevision: positiveInteger(state?.get(MEETING_STATE_FIELDS.planRevision)),
    signatures: positiveInteger(state?.get(MEETING_STATE_FIELDS.signatures)),
    actionsRevision: positiveInteger(state?.get(MEETING_STATE_FIELDS.actionsRevision)),
    attendance: [],
    besluiten: [],
  };

  const attendance = topLevelMap(doc, MEETING_DOC_KEYS.attendance, problems);
  for (const [key, raw] of attendance?.entries() ?? []) {
    const path = `${MEETING_DOC_KEYS.attendance}.${key}`;
    const parsed = parseAttendance(key, raw);
    if (parsed === null) {
      problems.push({ path, message: "Onleesbare aanwezigheid is overgeslagen." });
      continue;
    }
    if (parsed.unreadableCorrection) {
      problems.push({ path, message: "Onleesbare correctie van de aanwezigheid is overgeslagen." });
    }
    value.attendance.push(parsed.entry);
  }

  const besluiten = topLevelArray(doc, MEETING_DOC_KEYS.besluiten, problems);
  const read: Besluit[] = [];
  besluiten?.toArray().forEach((raw, index) => {
    const parsed = parseBesluit(raw);
    if (parsed !== null) read.push(parsed);
    else
      problems.push({
        path: `${MEETING_DOC_KEYS.besluiten}[${index}]`,
        message: "Onleesbaar besluit is overgeslagen.",
      });
  });
  value.besluiten = mergeBesluiten(read);
  return { value, problems };
}

/**
 * One attendance entry under `key`, or null when it is not one. `unreadableCorrection` is true
 * when the entry holds a correction that cannot be read: the mark itself still counts.
 */
export function parseAttendance(
  key: string,
  raw: unknown,
): { entry: AttendanceEntry; unreadableCorrection: boolean } | null {
  const parts = key.split(ATTENDANCE_KEY_SEPARATOR);
  const fields = fieldsOf(raw);
  const status = oneOf(fields?.get("status"), ATTENDANCE_STATUSES);
  const [agendaItemId, userId] = parts;
  if (parts.length !== 2 || !agendaItemId || !userId || status === null) return null;
  const entry: AttendanceEntry = {
    agendaItemId,
    userId,
    status,
    setBy: nonEmptyString(fields?.get("setBy")),
    setAt: nonEmptyString(fields?.get("setAt")),
  };
  const correction = fields?.get("correctionAfterEnd");
  if (correction === undefined) return { entry, unreadableCorrection: false };
  const parsed = AttendanceCorrectionSchema.safeParse(correction);
  if (parsed.success) entry.correctionAfterEnd = parsed.data;
  return { entry, unreadableCorrection: !parsed.success };
}

/** One besluiten entry as a besluit, or null when it is not one. */
function parseBesluit(raw: unknown): Besluit | null {
  const fields = fieldsOf(raw);
  const parsed = BesluitSchema.safeParse(fields === null ? null : Object.fromEntries(fields));
  return parsed.success ? parsed.data : null;
}

/**
 * Merges entries that share an id (left by two changes made at once) into one besluit, at the
 * place of the first. Every copy holds the entries in the same order, so taking the last one as it
 * stands gives the same answer everywhere; a withdrawal among them always counts.
 */
function mergeBesluit(entries: readonly Besluit[]): Besluit {
  const last = entries.at(-1);
  if (last === undefined) throw new Error("mergeBesluit needs at least one entry");
  const withdrawn = entries.find((b) => b.withdrawnBy !== undefined);
  if (last.withdrawnBy !== undefined || withdrawn === undefined) return last;
  const { withdrawnBy, withdrawnAt, withdrawalAfterEnd } = withdrawn;
  return {
    ...last,
    withdrawnBy,
    withdrawnAt,
    ...(withdrawalAfterEnd ? { withdrawalAfterEnd } : {}),
  };
}

/** The besluiten in order, one per id. */
function mergeBesluiten(read: readonly Besluit[]): Besluit[] {
  const byId = new Map<string, Besluit[]>();
  for (const b of read) byId.set(b.id, [...(byId.get(b.id) ?? []), b]);
  return [...byId.values()].map(mergeBesluit);
}

/** Moves the meeting to an agenda item (null: no item selected). */
export function setCurrentAgendaItem(doc: Y.Doc, agendaItemId: string | null): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  if (agendaItemId === null) state.delete(MEETING_STATE_FIELDS.currentAgendaItemId);
  else state.set(MEETING_STATE_FIELDS.currentAgendaItemId, agendaItemId);
}

/** Starts the slot timer at `startedAt` (ISO), or stops it with null. */
export function setTimer(doc: Y.Doc, startedAt: string | null): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  if (startedAt === null) state.delete(MEETING_STATE_FIELDS.timerStartedAt);
  else state.set(MEETING_STATE_FIELDS.timerStartedAt, startedAt);
}

/** Announces the overleg's status (the server does this when the chair starts or ends it). */
export function setMeetingStatus(doc: Y.Doc, status: string): void {
  doc.getMap<unknown>(MEETING_DOC_KEYS.state).set(MEETING_STATE_FIELDS.status, status);
}

/**
 * Announces that verslag version `version` of the slot was fixed (the server does this on
 * freezing). A version lower than the one announced already is ignored: announcements of two
 * quick freezes may arrive out of order.
 */
export function setVerslagVersion(doc: Y.Doc, version: number): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  const announced = positiveInteger(state.get(MEETING_STATE_FIELDS.verslagVersion)) ?? 0;
  if (version > announced) state.set(MEETING_STATE_FIELDS.verslagVersion, version);
}

/**
 * Announces that the overleg's plan (facts, agenda, invitees) is now at `revision` (the server does
 * this after each change). A revision lower than the one announced already is ignored: announcements
 * of two quick changes may arrive out of order.
 */
export function setPlanRevision(doc: Y.Doc, revision: number): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  const announced = positiveInteger(state.get(MEETING_STATE_FIELDS.planRevision)) ?? 0;
  if (revision > announced) state.set(MEETING_STATE_FIELDS.planRevision, revision);
}

/**
 * Announces that `count` of the slot's invitees signed the verklaring. Never lowers the count: two
 * signatures' announcements may arrive out of order, and a signature is never taken back.
 */
export function setSignatureCount(doc: Y.Doc, count: number): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  const announced = positiveInteger(state.get(MEETING_STATE_FIELDS.signatures)) ?? 0;
  if (count > announced) state.set(MEETING_STATE_FIELDS.signatures, count);
}

/**
 * Announces that the slot case's actions or their progress notes changed: the counter goes up by
 * one. It says nothing of what changed (the slot's document holds no case data); each screen loads
 * what its viewer may see.
 */
export function bumpActionsRevision(doc: Y.Doc): void {
  const state = doc.getMap<unknown>(MEETING_DOC_KEYS.state);
  const announced = positiveInteger(state.get(MEETING_STATE_FIELDS.actionsRevision)) ?? 0;
  state.set(MEETING_STATE_FIELDS.actionsRevision, announced + 1);
}

/** Turns "follow the chair" on or off. */
export function setFollowChair(doc: Y.Doc, follow: boolean): void {
  doc.getMap<unknown>(MEETING_DOC_KEYS.state).set(MEETING_STATE_FIELDS.followChair, follow);
}

/** `value` when it is a whole number of at least 1, else null. */
function positiveInteger(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : null;
}

/** The attendance key for one person in one slot. */
export function attendanceKey(agendaItemId: string, userId: string): string {
  return `${agendaItemId}${ATTENDANCE_KEY_SEPARATOR}${userId}`;
}

/** Marks one person's attendance in one slot. */
export function setAttendance(
  doc: Y.Doc,
  agendaItemId: string,
  userId: string,
  status: AttendanceStatus,
  stamp: Stamp,
): void {
  doc
    .getMap<unknown>(MEETING_DOC_KEYS.attendance)
    .set(attendanceKey(agendaItemId, userId), { status, setBy: stamp.by, setAt: stamp.at });
}

/** Appends a decision to the meeting's list of besluiten. */
export function addBesluit(doc: Y.Doc, besluit: Besluit): void {
  const list = doc.getArray<unknown>(MEETING_DOC_KEYS.besluiten);
  list.push([{ ...besluit }]);
}

/**
 * Replaces every entry of besluit `id` by one entry, `change` of the besluit as it stands, at the
 * place of the first. Returns false, writing nothing, when no besluit has that id or the changed
 * one would not be readable; `change` returning the besluit itself writes nothing either.
 */
export function changeBesluit(
  doc: Y.Doc,
  id: string,
  change: (current: Besluit) => Besluit,
): boolean {
  const list = doc.getArray<unknown>(MEETING_DOC_KEYS.besluiten);
  const places: number[] = [];
  const entries: Besluit[] = [];
  list.toArray().forEach((raw, index) => {
    const parsed = parseBesluit(raw);
    if (parsed?.id !== id) return;
    places.push(index);
    entries.push(parsed);
  });
  const first = places[0];
  if (first === undefined) return false;
  const current = mergeBesluit(entries);
  const changed = change(current);
  if (changed === current && entries.length === 1) return true;
  if (!BesluitSchema.safeParse(changed).success) return false;
  doc.transact(() => {
    // From the last place back, so the places still to delete keep their index.
    for (const index of places.toReversed()) list.delete(index, 1);
    list.insert(first, [{ ...changed }]);
  });
  return true;
}

/**
 * Corrects the text of a besluit, recording who did and when. Returns false when no besluit has
 * `id`, it was withdrawn, or `text` is empty or too long; the same text again changes nothing.
 */
export function correctBesluit(doc: Y.Doc, id: string, text: string, stamp: Stamp): boolean {
  let withdrawn = false;
  const found = changeBesluit(doc, id, (current) => {
    withdrawn = current.withdrawnBy !== undefined;
    if (withdrawn || current.text === text) return current;
    return { ...current, text, correctedBy: stamp.by, correctedAt: stamp.at };
  });
  return found && !withdrawn;
}

/**
 * Withdraws a besluit, recording who did and when; it stays in the document, marked. Returns
 * false when no besluit has `id`; withdrawing it again changes nothing.
 */
export function withdrawBesluit(doc: Y.Doc, id: string, stamp: Stamp): boolean {
  return changeBesluit(doc, id, (current) =>
    current.withdrawnBy !== undefined
      ? current
      : { ...current, withdrawnBy: stamp.by, withdrawnAt: stamp.at },
  );
}
