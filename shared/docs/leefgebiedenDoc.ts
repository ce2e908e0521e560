/**
 * The leefgebieden document: one Y.Map per leefgebied, so a score and its note can be edited by
 * different partners at once, plus the instrument version.
 *
 *   scores : Y.Map<Leefgebied, Y.Map{ score: 1..5, note: Y.Text, setBy: userId, setAt: ISO,
 *                                     history: [{ score, setBy, setAt, givenOn }],
 *                                     receivedOn: yyyy-mm-dd, receivedFor: ISO }>
 *   meta   : Y.Map{ instrumentVersion: string }
 *
 * The writer sets score, setBy and setAt in one transaction. A ZRM score is a dated measurement,
 * and the point of measuring again is to see the change: a score replaced on a later (Dutch) day,
 * or by another partner, moves with who set it and when into `history` (a plain array, oldest
 * first). A score its own writer changes again the same day is a correction and replaces it; the
 * day of a score from a partner's client is the server's (`receivedOn`), not the `setAt` the
 * client wrote, so rewriting a score with made-up dates cannot push the earlier ones out, and that
 * day is the one shown and judged for staleness (`givenOn`). The history is read in the order the
 * server kept it, not sorted by a date a client wrote.
 * Only the server writes `history`, `receivedOn` and `receivedFor` (`keepReplacedScores`, attached when it loads
 * the document): a client that could write them could make up earlier measurements, and the write
 * policy refuses it (server/policies/documentWritePolicy.ts). The note is a Y.Text that several
 * partners type into at once. Readers also accept what older versions wrote: a plain object in
 * place of the inner Y.Map, and a plain string as the note.
 *
 * A nested Y.Text (or Y.Map) must be created by one writer: two clients creating one for the same
 * leefgebied at once would each make their own, and one of them, with what was typed into it,
 * would lose. So the server prepares the document when it loads it (`prepareLeefgebiedNotes`,
 * run by server/extensions/leefgebiedenUpkeep.ts): every leefgebied gets its entry map with a Y.Text
 * note, and a legacy string note becomes that Y.Text's content, once, in one transaction.
 */
import * as Y from "yjs";
import {
  isScoreStale,
  LEEFGEBIEDEN,
  LEEFGEBIEDEN_INSTRUMENT_VERSION,
  ZRM_SCORES,
  type Leefgebied,
  type ZrmScore,
} from "../domain/leefgebied.js";
import {
  fieldsOf,
  nonEmptyString,
  oneOf,
  topLevelMap,
  type ReadProblem,
  type ReadResult,
  type Stamp,
} from "./readSupport.js";
import { isIsoDate } from "../domain/dates.js";
import { dutchDate } from "../domain/regionTime.js";
import { isPlainText, replaceText } from "./textDiff.js";

/** Top-level key names of the leefgebieden document. */
export const LEEFGEBIEDEN_DOC_KEYS = { scores: "scores", meta: "meta" } as const;

/** Field names inside one leefgebied's map. */
export const LEEFGEBIED_FIELDS = {
  score: "score",
  note: "note",
  setBy: "setBy",
  setAt: "setAt",
  history: "history",
  /**
   * The Dutch day the server received the current score from a partner's client (server-written,
   * like `history`): whether a change by the same writer is a correction is judged on the server's
   * calendar, not on the `setAt` the client wrote.
   */
  receivedOn: "receivedOn",
  /**
   * The `setAt` of the score `receivedOn` belongs to (server-written): until the server notes the
   * day of a score just given, the writer's own screen holds the previous score's `receivedOn`,
   * which must not date the new one.
   */
  receivedFor: "receivedFor",
} as const;

/** The fields only the server writes: a client's update writing or taking one away is refused. */
export const SERVER_WRITTEN_FIELDS: ReadonlySet<string> = new Set([
  LEEFGEBIED_FIELDS.history,
  LEEFGEBIED_FIELDS.receivedOn,
  LEEFGEBIED_FIELDS.receivedFor,
]);

/** How many earlier scores a leefgebied keeps (two years of monthly measurements). */
export const LEEFGEBIED_HISTORY_LIMIT = 24;

/** An earlier score of one leefgebied, as it was before a later measurement replaced it. */
export interface LeefgebiedSnapshot {
  score: ZrmScore;
  setBy: string | null;
  setAt: string;
  /**
   * The Dutch day (yyyy-mm-dd) it counted as given on: the server's day it was received, or for a
   * score the server wrote itself the day of its `setAt`. Read from `setAt` for older histories.
   */
  givenOn: string;
}

/** Key of the instrument version inside `meta`. */
export const INSTRUMENT_VERSION_KEY = "instrumentVersion";

/** One leefgebied as read: the score may be missing while a note already exists. */
export interface LeefgebiedEntry {
  score: ZrmScore | null;
  note: string | null;
  setBy: string | null;
  setAt: string | null;
  /**
   * The Dutch day (yyyy-mm-dd) the score counts as given on: the server's day it was received
   * from a partner's client, else the day of its `setAt`. Shown, and judged for staleness.
   */
  givenOn: string | null;
  /** True when the score was given more than 30 days before the `today` given to the reader. */
  stale: boolean;
  /** Earlier scores, oldest first (in the order the server kept them). */
  history: LeefgebiedSnapshot[];
}

/** The leefgebieden document as plain data; leefgebieden never touched are absent. */
export interface LeefgebiedenDocValue {
  instrumentVersion: string | null;
  scores: Partial<Record<Leefgebied, LeefgebiedEntry>>;
}

/**
 * Reads the leefgebieden document; never throws on its content. With `today` (yyyy-mm-dd) each
 * scored entry is marked stale when it is more than 30 days old.
 */
export function readLeefgebieden(doc: Y.Doc, today?: string): ReadResult<LeefgebiedenDocValue> {
  const problems: ReadProblem[] = [];
  const scores: Partial<Record<Leefgebied, LeefgebiedEntry>> = {};
  const scoresMap = topLevelMap(doc, LEEFGEBIEDEN_DOC_KEYS.scores, problems);
  for (const [key, value] of scoresMap?.entries() ?? []) {
    const path = `${LEEFGEBIEDEN_DOC_KEYS.scores}.${key}`;
    const leefgebied = oneOf(key, LEEFGEBIEDEN);
    const fields = fieldsOf(value);
    if (leefgebied === null || fields === null) {
      problems.push({ path, message: "Onbekend of onleesbaar leefgebied is overgeslagen." });
      continue;
    }
    const rawScore = fields.get(LEEFGEBIED_FIELDS.score);
    const score = oneOf(rawScore, ZRM_SCORES);
    if (score === null && rawScore !== undefined && rawScore !== null) {
      problems.push({ path, message: "Score is geen waarde van 1 tot en met 5 en is genegeerd." });
    }
    const setAt = nonEmptyString(fields.get(LEEFGEBIED_FIELDS.setAt));
    const note = noteOf(fields.get(LEEFGEBIED_FIELDS.note));
    const setBy = nonEmptyString(fields.get(LEEFGEBIED_FIELDS.setBy));
    const history = historyOf(fields.get(LEEFGEBIED_FIELDS.history), path, problems);
    // An entry that holds nothing (as the server prepares one) counts as never touched.
    if (score === null && note === null && setBy === null && setAt === null) continue;
    const givenOn = dayGiven(receivedDay(fields, setAt), setAt);
    scores[leefgebied] = {
      score,
      note,
      setBy,
      setAt,
      givenOn,
      stale: score !== null && today !== undefined && isScoreStale(givenOn ?? "", today),
      history,
    };
  }
  const meta = topLevelMap(doc, LEEFGEBIEDEN_DOC_KEYS.meta, problems);
  const instrumentVersion = nonEmptyString(meta?.get(INSTRUMENT_VERSION_KEY));
  return { value: { instrumentVersion, scores }, problems };
}

/**
 * The earlier scores stored under `history`, oldest first as the server appended them (never sorted
 * by `setAt`, which a client wrote); unreadable ones are reported.
 */
function historyOf(value: unknown, path: string, problems: ReadProblem[]): LeefgebiedSnapshot[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ path, message: "Eerdere scores zijn onleesbaar en zijn overgeslagen." });
    return [];
  }
  const history: LeefgebiedSnapshot[] = [];
  for (const item of value as unknown[]) {
    const fields = fieldsOf(item);
    const score = oneOf(fields?.get(LEEFGEBIED_FIELDS.score), ZRM_SCORES);
    const setAt = nonEmptyString(fields?.get(LEEFGEBIED_FIELDS.setAt));
    if (score === null || setAt === null) {
      problems.push({ path, message: "Een eerdere score is onleesbaar en is overgeslagen." });
      continue;
    }
    history.push({
      score,
      setAt,
      setBy: nonEmptyString(fields?.get(LEEFGEBIED_FIELDS.setBy)),
      givenOn: dayGiven(fields?.get(SNAPSHOT_GIVEN_ON), setAt) ?? setAt,
    });
  }
  return history;
}

/** The field of a history entry naming the day it counted as given on. */
const SNAPSHOT_GIVEN_ON = "givenOn";

/** A stored day (yyyy-mm-dd) when it is one, else the Dutch day of `setAt`. */
function dayGiven(stored: unknown, setAt: string | null): string | null {
  return typeof stored === "string" && isIsoDate(stored) ? stored : dayOfInstant(setAt);
}

/**
 * The day the server received the score given at `setAt`, when the entry notes it: its
 * `receivedOn` belongs to that score (`receivedFor`; absent in documents written before it).
 */
function receivedDay(fields: { get(key: string): unknown }, setAt: string | null): unknown {
  const receivedFor = fields.get(LEEFGEBIED_FIELDS.receivedFor);
  if (receivedFor !== undefined && receivedFor !== setAt) return undefined;
  return fields.get(LEEFGEBIED_FIELDS.receivedOn);
}

/** A note as stored now (a Y.Text) or by older versions (a string), as non-empty text or null. */
function noteOf(value: unknown): string | null {
  return nonEmptyString(isPlainText(value) ? value.toJSON() : value);
}

/** The text of a legacy note value, for the Y.Text that replaces it ("" for anything else). */
function legacyNoteText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/**
 * The Y.Text note of one leefgebied, or null while the document has none for it: not prepared
 * by the server yet (not synced, or written by an older version, whose note is a string).
 */
export function leefgebiedNoteText(doc: Y.Doc, leefgebied: Leefgebied): Y.Text | null {
  const entry = topLevelMap(doc, LEEFGEBIEDEN_DOC_KEYS.scores, [])?.get(leefgebied);
  const note =
    entry instanceof Y.Map ? (entry as Y.Map<unknown>).get(LEEFGEBIED_FIELDS.note) : null;
  return isPlainText(note) ? note : null;
}

/**
 * Gives every leefgebied an entry map holding a Y.Text note, in one transaction: a missing entry
 * is created, a plain-object entry becomes a map with the same fields, and a legacy string note
 * becomes the Y.Text's text. For one writer only, the server when it loads the document (see the
 * module header). True when the document changed.
 */
export function prepareLeefgebiedNotes(doc: Y.Doc): boolean {
  const scores = topLevelMap(doc, LEEFGEBIEDEN_DOC_KEYS.scores, []);
  if (scores === null) return false;
  const unprepared = LEEFGEBIEDEN.filter((key) => {
    const entry = scores.get(key);
    return !(entry instanceof Y.Map && isPlainText(entry.get(LEEFGEBIED_FIELDS.note)));
  });
  if (unprepared.length === 0) return false;
  doc.transact(() => {
    for (const leefgebied of unprepared) {
      const existing = scores.get(leefgebied);
      if (existing instanceof Y.Map) {
        const entry = existing as Y.Map<unknown>;
        entry.set(
          LEEFGEBIED_FIELDS.note,
          new Y.Text(legacyNoteText(entry.get(LEEFGEBIED_FIELDS.note))),
        );
        continue;
      }
      // A plain object keeps its fields; anything else is unreadable and replaced (readers skip it).
      const fields = fieldsOf(existing) ?? new Map<string, unknown>();
      const fresh = new Y.Map<unknown>();
      scores.set(leefgebied, fresh);
      for (const [key, value] of fields) {
        if (key !== LEEFGEBIED_FIELDS.note) fresh.set(key, value);
      }
      fresh.set(
        LEEFGEBIED_FIELDS.note,
        new Y.Text(legacyNoteText(fields.get(LEEFGEBIED_FIELDS.note))),
      );
    }
  });
  return true;
}

/**
 * The inner map of one leefgebied, created (with its Y.Text note) when it does not exist yet or
 * is not a map. Only for documents the server has not prepared (seeds, tests).
 */
function entryMap(doc: Y.Doc, leefgebied: Leefgebied): Y.Map<unknown> {
  const scores = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.scores);
  const existing = scores.get(leefgebied);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const fresh = new Y.Map<unknown>();
  // Carry a plain-object entry's note over so converting it to a map loses nothing.
  const note = legacyNoteText(fieldsOf(existing)?.get(LEEFGEBIED_FIELDS.note));
  scores.set(leefgebied, fresh);
  fresh.set(LEEFGEBIED_FIELDS.note, new Y.Text(note));
  return fresh;
}

/** Records the instrument version when the document does not hold one yet. */
function ensureInstrumentVersion(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.meta);
  if (meta.get(INSTRUMENT_VERSION_KEY) !== LEEFGEBIEDEN_INSTRUMENT_VERSION) {
    meta.set(INSTRUMENT_VERSION_KEY, LEEFGEBIEDEN_INSTRUMENT_VERSION);
  }
}

/**
 * Sets the score of one leefgebied (null clears it), with who and when. The score it replaces goes
 * into the history by the server's hand (`keepReplacedScores`).
 */
export function setLeefgebiedScore(
  doc: Y.Doc,
  leefgebied: Leefgebied,
  score: ZrmScore | null,
  stamp: Stamp,
): void {
  doc.transact(() => {
    ensureInstrumentVersion(doc);
    const entry = entryMap(doc, leefgebied);
    if (score === null) entry.delete(LEEFGEBIED_FIELDS.score);
    else entry.set(LEEFGEBIED_FIELDS.score, score);
    entry.set(LEEFGEBIED_FIELDS.setBy, stamp.by);
    entry.set(LEEFGEBIED_FIELDS.setAt, stamp.at);
  });
}

/**
 * Makes the note of one leefgebied read `note`, writing only the difference into its Y.Text (and
 * turning a legacy string note into one). For server-side writers such as the demo seed; people
 * type into the Y.Text itself (client/collab/textareaBinding.ts). Does not change the score's date.
 */
export function setLeefgebiedNote(doc: Y.Doc, leefgebied: Leefgebied, note: string): void {
  doc.transact(() => {
    const entry = entryMap(doc, leefgebied);
    const current = entry.get(LEEFGEBIED_FIELDS.note);
    if (isPlainText(current)) replaceText(current, note);
    else entry.set(LEEFGEBIED_FIELDS.note, new Y.Text(note));
  });
}

/** The fields of a replaced score as they were, from a change event of one leefgebied's map. */
function replacedSnapshot(
  entry: Y.Map<unknown>,
  changes: ReadonlyMap<string, { oldValue: unknown }>,
): LeefgebiedSnapshot | null {
  const before = (field: string) =>
    changes.has(field) ? changes.get(field)?.oldValue : entry.get(field);
  const score = oneOf(before(LEEFGEBIED_FIELDS.score), ZRM_SCORES);
  const setAt = nonEmptyString(before(LEEFGEBIED_FIELDS.setAt));
  if (score === null || setAt === null) return null;
  // Until keepReplacedScores' own transaction, `receivedOn` is still the replaced score's.
  const givenOn = dayGiven(receivedDay(entry, setAt), setAt) ?? setAt;
  return { score, setBy: nonEmptyString(before(LEEFGEBIED_FIELDS.setBy)), setAt, givenOn };
}

/** The Dutch day of an instant a score's `setAt` names (the text itself if it names none). */
function dayOfInstant(setAt: string | null): string | null {
  if (setAt === null) return null;
  const instant = new Date(setAt);
  return Number.isNaN(instant.getTime()) ? setAt : dutchDate(instant);
}

/**
 * Whether a replaced score is an earlier measurement to keep: given on another Dutch calendar day
 * than its replacement (`givenOn`), or by someone else. Its own writer changing it the day it was
 * given corrects it. The replaced score's day is the server's when a client sent it (`receivedOn`),
 * so a client cannot make its changes look like measurements of other days.
 */
function isEarlierMeasurement(
  replaced: LeefgebiedSnapshot,
  givenOn: string | null,
  entry: Y.Map<unknown>,
): boolean {
  if (givenOn === null) return false;
  const setBy = nonEmptyString(entry.get(LEEFGEBIED_FIELDS.setBy));
  return replaced.givenOn !== givenOn || replaced.setBy !== setBy;
}

/** What `keepReplacedScores` needs from its host. */
export interface ScoreKeeping {
  /** Whether a transaction's origin is a partner's client (their update), not the server itself. */
  readonly isClientOrigin: (origin: unknown) => boolean;
  /** The server's clock. */
  now?: () => Date;
}

/**
 * Keeps every replaced score in its leefgebied's history, from now on: observes the document and,
 * after each transaction that changed a score, appends what it replaced in a transaction of its own,
 * and notes on which of the server's days a score from a client was received (`receivedOn`).
 * That transaction runs as a microtask, after the one observed has been handed to whoever listens
 * for updates: the server's live document applies a batch of client updates with its listener
 * detached (server/collab/incrementalUpdate.ts), and a change made inside it would be neither
 * stored nor relayed. For the server alone, attached when it loads the document; answers the
 * function that stops it.
 */
export function keepReplacedScores(doc: Y.Doc, host: ScoreKeeping): () => void {
  const now = host.now ?? (() => new Date());
  const scores = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.scores);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    // Most transactions are typing in a note: only score changes are looked at further.
    const scoreEvents = events.filter(
      (event) =>
        event instanceof Y.YMapEvent &&
        event.target !== scores &&
        (event.changes.keys.has(LEEFGEBIED_FIELDS.score) ||
          event.changes.keys.has(LEEFGEBIED_FIELDS.setAt)),
    );
    if (scoreEvents.length === 0) return;
    const today = dutchDate(now());
    const fromClient = host.isClientOrigin(transaction.origin);
    const changed = scoreEvents.map((event) => {
      const entry = event.target as Y.Map<unknown>;
      const snapshot = replacedSnapshot(entry, event.changes.keys);
      const givenOn = fromClient
        ? today
        : dayOfInstant(nonEmptyString(entry.get(LEEFGEBIED_FIELDS.setAt)));
      const kept = snapshot !== null && isEarlierMeasurement(snapshot, givenOn, entry);
      return { entry, replaced: kept ? snapshot : null };
    });
    queueMicrotask(() => {
      doc.transact(() => {
        for (const { entry, replaced } of changed) {
          // An entry replaced meanwhile (no longer in the document) keeps nothing.
          if (entry._item?.deleted === true) continue;
          if (replaced !== null) {
            const stored = entry.get(LEEFGEBIED_FIELDS.history);
            const earlier = Array.isArray(stored) ? (stored as unknown[]) : [];
            entry.set(
              LEEFGEBIED_FIELDS.history,
              [...earlier, replaced].slice(-LEEFGEBIED_HISTORY_LIMIT),
            );
          }
          // The day the current score counts on: the server's for a client's, its own otherwise.
          if (fromClient) {
            const setAt = entry.get(LEEFGEBIED_FIELDS.setAt);
            if (entry.get(LEEFGEBIED_FIELDS.receivedOn) !== today) {
              entry.set(LEEFGEBIED_FIELDS.receivedOn, today);
            }
            if (typeof setAt === "string" && entry.get(LEEFGEBIED_FIELDS.receivedFor) !== setAt) {
              entry.set(LEEFGEBIED_FIELDS.receivedFor, setAt);
            }
          } else {
            for (const field of [LEEFGEBIED_FIELDS.receivedOn, LEEFGEBIED_FIELDS.receivedFor]) {
              if (entry.has(field)) entry.delete(field);
            }
          }
        }
      });
    });
  };
  scores.observeDeep(observer);
  return () => scores.unobserveDeep(observer);
}
