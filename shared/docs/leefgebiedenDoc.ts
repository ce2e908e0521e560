/**
 * The leefgebieden document: one Y.Map per leefgebied, so a score and its note can be edited by
 * different partners at once, plus the instrument version.
 *
 *   scores : Y.Map<Leefgebied, Y.Map{ score: 1..5, note: string, setBy: userId, setAt: ISO }>
 *   meta   : Y.Map{ instrumentVersion: string }
 *
 * The writer sets score, setBy and setAt in one transaction. Readers also accept a plain object
 * in place of the inner Y.Map, so a server-side seed may write either.
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

/** Top-level key names of the leefgebieden document. */
export const LEEFGEBIEDEN_DOC_KEYS = { scores: "scores", meta: "meta" } as const;

/** Field names inside one leefgebied's map. */
export const LEEFGEBIED_FIELDS = {
  score: "score",
  note: "note",
  setBy: "setBy",
  setAt: "setAt",
} as const;

/** Key of the instrument version inside `meta`. */
export const INSTRUMENT_VERSION_KEY = "instrumentVersion";

/** One leefgebied as read: the score may be missing while a note already exists. */
export interface LeefgebiedEntry {
  score: ZrmScore | null;
  note: string | null;
  setBy: string | null;
  setAt: string | null;
  /** True when the score is older than 30 days on the `today` given to the reader. */
  stale: boolean;
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
    scores[leefgebied] = {
      score,
      note: nonEmptyString(fields.get(LEEFGEBIED_FIELDS.note)),
      setBy: nonEmptyString(fields.get(LEEFGEBIED_FIELDS.setBy)),
      setAt,
      stale: score !== null && today !== undefined && isScoreStale(setAt ?? "", today),
    };
  }
  const meta = topLevelMap(doc, LEEFGEBIEDEN_DOC_KEYS.meta, problems);
  const instrumentVersion = nonEmptyString(meta?.get(INSTRUMENT_VERSION_KEY));
  return { value: { instrumentVersion, scores }, problems };
}

/** The inner map of one leefgebied, created when it does not exist yet (or is not a map). */
function entryMap(doc: Y.Doc, leefgebied: Leefgebied): Y.Map<unknown> {
  const scores = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.scores);
  const existing = scores.get(leefgebied);
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const fresh = new Y.Map<unknown>();
  // Carry a plain-object entry's note over so converting it to a map loses nothing.
  const note = nonEmptyString(fieldsOf(existing)?.get(LEEFGEBIED_FIELDS.note));
  scores.set(leefgebied, fresh);
  if (note !== null) fresh.set(LEEFGEBIED_FIELDS.note, note);
  return fresh;
}

/** Records the instrument version when the document does not hold one yet. */
function ensureInstrumentVersion(doc: Y.Doc): void {
  const meta = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.meta);
  if (meta.get(INSTRUMENT_VERSION_KEY) !== LEEFGEBIEDEN_INSTRUMENT_VERSION) {
    meta.set(INSTRUMENT_VERSION_KEY, LEEFGEBIEDEN_INSTRUMENT_VERSION);
  }
}

/** Sets the score of one leefgebied (null clears it), with who and when. */
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

/** Sets the note of one leefgebied; an empty note removes it. Does not change the score's date. */
export function setLeefgebiedNote(doc: Y.Doc, leefgebied: Leefgebied, note: string): void {
  doc.transact(() => {
    const entry = entryMap(doc, leefgebied);
    if (note.trim() === "") entry.delete(LEEFGEBIED_FIELDS.note);
    else entry.set(LEEFGEBIED_FIELDS.note, note);
  });
}
