/**
 * The triage document. Several partners fill it in at the same time, so every answer is its own
 * entry in a Y.Map (one key per question, one key per organisation) holding a plain object that is
 * replaced as a whole: concurrent answers to different questions never collide, and concurrent
 * answers to the same question resolve to one complete entry (last writer wins).
 *
 *   criteria  : Y.Map<TriageCriterion, { answer: "ja"|"nee"|"onbekend", setBy, setAt }>
 *   bekendBij : Y.Map<organisationId,   { answer: "ja"|"nee"|"onbekend", setBy, setAt }>
 *   risico    : Y.Map<"rtiG",           { level: RtiGLevel | null, setBy, setAt }>
 *
 * Each partner answers "bekend bij ons" only for its own organisation (the server's write policy checks
 * that the writer belongs to the organisation of the key).
 */
import type * as Y from "yjs";
import {
  ANSWERS,
  RTIG_LEVELS,
  TRIAGE_CRITERIA,
  type Answer,
  type RtiGLevel,
  type TriageCriterion,
} from "../domain/triage.js";
import {
  fieldsOf,
  nonEmptyString,
  oneOf,
  topLevelMap,
  type ReadProblem,
  type ReadResult,
  type Stamp,
} from "./readSupport.js";

/** Top-level key names of the triage document. */
export const TRIAGE_DOC_KEYS = {
  criteria: "criteria",
  bekendBij: "bekendBij",
  risico: "risico",
} as const;

/** Key of the RTI-G entry inside the `risico` map. */
export const RTIG_KEY = "rtiG";

/** One answer with who gave it and when (null when not recorded). */
export interface AnswerEntry {
  answer: Answer;
  setBy: string | null;
  setAt: string | null;
}

/** The triage document as plain data. Unanswered questions read as `onbekend`. */
export interface TriageDocValue {
  criteria: Record<TriageCriterion, AnswerEntry>;
  /** "Bekend bij ons" per organisation id, only for organisations that answered something. */
  bekendBij: Record<string, AnswerEntry>;
  rtiG: { level: RtiGLevel | null; setBy: string | null; setAt: string | null };
}

const UNANSWERED: AnswerEntry = { answer: "onbekend", setBy: null, setAt: null };

/** Reads one stored answer entry, reporting (not throwing on) anything malformed. */
function readAnswerEntry(value: unknown, path: string, problems: ReadProblem[]): AnswerEntry {
  const fields = fieldsOf(value);
  const answer = oneOf(fields?.get("answer"), ANSWERS);
  if (answer === null) {
    problems.push({ path, message: "Antwoord is onleesbaar; gelezen als nog niet beantwoord." });
    return UNANSWERED;
  }
  return {
    answer,
    setBy: nonEmptyString(fields?.get("setBy")),
    setAt: nonEmptyString(fields?.get("setAt")),
  };
}

/** Reads the triage document into plain data; never throws on its content. */
export function readTriage(doc: Y.Doc): ReadResult<TriageDocValue> {
  const problems: ReadProblem[] = [];
  const criteria = Object.fromEntries(TRIAGE_CRITERIA.map((id) => [id, UNANSWERED])) as Record<
    TriageCriterion,
    AnswerEntry
  >;
  const criteriaMap = topLevelMap(doc, TRIAGE_DOC_KEYS.criteria, problems);
  for (const [key, value] of criteriaMap?.entries() ?? []) {
    const path = `${TRIAGE_DOC_KEYS.criteria}.${key}`;
    const id = oneOf(key, TRIAGE_CRITERIA);
    if (id === null) {
      problems.push({ path, message: "Onbekende triagevraag is overgeslagen." });
      continue;
    }
    criteria[id] = readAnswerEntry(value, path, problems);
  }

  const bekendBij: Record<string, AnswerEntry> = {};
  const bekendBijMap = topLevelMap(doc, TRIAGE_DOC_KEYS.bekendBij, problems);
  for (const [organisationId, value] of bekendBijMap?.entries() ?? []) {
    const path = `${TRIAGE_DOC_KEYS.bekendBij}.${organisationId}`;
    if (organisationId.trim() === "") {
      problems.push({ path, message: "Antwoord zonder organisatie is overgeslagen." });
      continue;
    }
    bekendBij[organisationId] = readAnswerEntry(value, path, problems);
  }

  const rtiG: TriageDocValue["rtiG"] = { level: null, setBy: null, setAt: null };
  const risico = topLevelMap(doc, TRIAGE_DOC_KEYS.risico, problems);
  const rtiGValue = risico?.get(RTIG_KEY);
  if (rtiGValue !== undefined) {
    const fields = fieldsOf(rtiGValue);
    const rawLevel = fields?.get("level");
    rtiG.level = oneOf(rawLevel, RTIG_LEVELS);
    if (rtiG.level === null && rawLevel !== null) {
      problems.push({
        path: `${TRIAGE_DOC_KEYS.risico}.${RTIG_KEY}`,
        message: "RTI-G-niveau is onleesbaar; gelezen als nog niet ingevuld.",
      });
    }
    rtiG.setBy = nonEmptyString(fields?.get("setBy"));
    rtiG.setAt = nonEmptyString(fields?.get("setAt"));
  }
  return { value: { criteria, bekendBij, rtiG }, problems };
}

/** Records one answer to a triage question. */
export function setCriterion(
  doc: Y.Doc,
  criterion: TriageCriterion,
  answer: Answer,
  stamp: Stamp,
): void {
  doc.getMap(TRIAGE_DOC_KEYS.criteria).set(criterion, { answer, setBy: stamp.by, setAt: stamp.at });
}

/** Records whether the person is known at `organisationId`; each partner answers for itself. */
export function setBekendBij(
  doc: Y.Doc,
  organisationId: string,
  answer: Answer,
  stamp: Stamp,
): void {
  doc
    .getMap(TRIAGE_DOC_KEYS.bekendBij)
    .set(organisationId, { answer, setBy: stamp.by, setAt: stamp.at });
}

/** Records the RTI-G level; null clears it back to "not filled in". */
export function setRtiG(doc: Y.Doc, level: RtiGLevel | null, stamp: Stamp): void {
  doc.getMap(TRIAGE_DOC_KEYS.risico).set(RTIG_KEY, { level, setBy: stamp.by, setAt: stamp.at });
}
