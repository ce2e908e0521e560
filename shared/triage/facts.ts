/**
 * The facts the rules table talks about, derived once from the triage input, and the matcher
 * that checks a RuleCondition against them.
 */
import type { CaseKind } from "../domain/case.js";
import type { Leefgebied, ZrmScore } from "../domain/leefgebied.js";
import type { OrganisationKind } from "../domain/organisation.js";
import {
  OORDELEN,
  RTIG_LEVELS,
  TRIAGE_CRITERIA,
  type Answer,
  type Oordeel,
  type RtiGLevel,
  type TriageCriterion,
} from "../domain/triage.js";
import type { Rule, RuleCondition } from "./rules.js";

/** What `triageCase` needs: the triage document's answers, the leefgebieden and the case kind. */
export interface TriageInput {
  /** Answers per question; a missing question counts as `onbekend`. */
  criteria: Partial<Record<TriageCriterion, Answer>>;
  /** "Bekend bij ons" per partner; include invited partners that have not answered as `onbekend`. */
  bekendBij: ReadonlyArray<{
    organisationId: string;
    organisationKind?: OrganisationKind;
    answer: Answer;
  }>;
  /** RTI-G level, null while not filled in. */
  rtiG: RtiGLevel | null;
  /**
   * Current score per leefgebied, with the day it counts as given on; missing or null means not
   * scored.
   */
  leefgebieden: Partial<Record<Leefgebied, { score: ZrmScore | null; givenOn?: string | null }>>;
  kind: CaseKind;
  /** Today (yyyy-mm-dd); only used to mention stale leefgebied scores. */
  today?: string;
}

/** The facts rules are evaluated against. */
export interface TriageFacts {
  criteria: Record<TriageCriterion, Answer>;
  meetsCriteria: Answer;
  rtiG: RtiGLevel | null;
  acute: Leefgebied[];
  problems: Leefgebied[];
  knownBy: number;
  kind: CaseKind;
  oordeel: Oordeel;
}

/**
 * (1 ∧ 2 ∧ 3) ∨ 4 in three-valued (Kleene) logic: `ja` or `nee` once the answers given decide it
 * whatever the open ones turn out to be, else `onbekend`.
 */
export function evaluateCriteria(criteria: Record<TriageCriterion, Answer>): Answer {
  const and = (answers: Answer[]): Answer =>
    answers.includes("nee") ? "nee" : answers.every((a) => a === "ja") ? "ja" : "onbekend";
  const or = (a: Answer, b: Answer): Answer =>
    a === "ja" || b === "ja" ? "ja" : a === "nee" && b === "nee" ? "nee" : "onbekend";
  return or(
    and([criteria.multiproblem, criteria.ketensamenwerking, criteria.systeem]),
    criteria.veiligheid,
  );
}

/** Derives the facts from the input; `oordeel` starts at groen and is filled in by the engine. */
export function deriveFacts(input: TriageInput): TriageFacts {
  const criteria = Object.fromEntries(
    TRIAGE_CRITERIA.map((id) => [id, input.criteria[id] ?? "onbekend"]),
  ) as Record<TriageCriterion, Answer>;
  const scored = Object.entries(input.leefgebieden).flatMap(([key, entry]) =>
    entry?.score == null ? [] : [{ key: key as Leefgebied, score: entry.score }],
  );
  return {
    criteria,
    meetsCriteria: evaluateCriteria(criteria),
    rtiG: input.rtiG,
    acute: scored.filter((s) => s.score === 1).map((s) => s.key),
    problems: scored.filter((s) => s.score <= 2).map((s) => s.key),
    knownBy: new Set(input.bekendBij.filter((b) => b.answer === "ja").map((b) => b.organisationId))
      .size,
    kind: input.kind,
    oordeel: "groen",
  };
}

/** Rank of an RTI-G level (laag 0 … zeer hoog 3); -1 while not filled in. */
export function rtiGRank(level: RtiGLevel | null): number {
  return level === null ? -1 : RTIG_LEVELS.indexOf(level);
}

/** Rank of a colour (groen 0, oranje 1, rood 2). */
export function oordeelRank(oordeel: Oordeel): number {
  return OORDELEN.indexOf(oordeel);
}

/** True when every part of the condition holds for the facts. */
export function matches(when: RuleCondition, facts: TriageFacts): boolean {
  if (when.rtiGAtLeast !== undefined && rtiGRank(facts.rtiG) < rtiGRank(when.rtiGAtLeast)) {
    return false;
  }
  if (when.acuteAtLeast !== undefined && facts.acute.length < when.acuteAtLeast) return false;
  if (when.problemsAtLeast !== undefined && facts.problems.length < when.problemsAtLeast) {
    return false;
  }
  if (when.criteriaJa?.some((id) => facts.criteria[id] !== "ja")) return false;
  if (when.meetsCriteria !== undefined && facts.meetsCriteria !== when.meetsCriteria) return false;
  if (when.kindIn !== undefined && !when.kindIn.includes(facts.kind)) return false;
  if (when.knownByAtLeast !== undefined && facts.knownBy < when.knownByAtLeast) return false;
  if (
    when.oordeelAtLeast !== undefined &&
    oordeelRank(facts.oordeel) < oordeelRank(when.oordeelAtLeast)
  ) {
    return false;
  }
  return true;
}

/** The matching rules of a table whose outcome is highest by `rank`, with that outcome. */
export function highestMatch<T>(
  rules: readonly Rule<T>[],
  facts: TriageFacts,
  fallback: T,
  rank: (value: T) => number,
): { value: T; fired: Rule<T>[] } {
  const fired = rules.filter((rule) => matches(rule.when, facts));
  const value = fired.reduce(
    (best, rule) => (rank(rule.then) > rank(best) ? rule.then : best),
    fallback,
  );
  return { value, fired: fired.filter((rule) => rule.then === value) };
}
