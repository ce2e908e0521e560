/**
 * THE TRIAGE RULES TABLE. Every threshold the triage engine and the action scoring use lives
 * here, as data, with a comment per rule. The engine (triageCase.ts, scoreAction.ts) only
 * interprets this table.
 *
 * How to change it safely:
 *  1. Change or add a rule here, with a comment saying why (and which source it follows).
 *  2. Bump RULES_VERSION. Every stored triage result records the version it was computed with,
 *     so old outcomes stay explainable and reports can tell the versions apart.
 *  3. Run the unit and property tests: they check that every condition is an "at least"
 *     condition, so a worse situation can never lower oordeel, AVE or priority.
 *
 * Conditions (RuleCondition) are ANDed; an empty condition always holds. For oordeel and AVE the
 * highest level among all matching rules wins; for advies the first matching rule wins.
 */
import type { ActionKind, ActionStatus } from "../domain/action.js";
import type { CaseKind } from "../domain/case.js";
import type { ZrmScore } from "../domain/leefgebied.js";
import type { OrganisationKind } from "../domain/organisation.js";
import type {
  Advies,
  Answer,
  AveLevel,
  Oordeel,
  RtiGLevel,
  TriageCriterion,
} from "../domain/triage.js";

/** Version of this table; recorded with every stored triage result. Bump on every change. */
export const RULES_VERSION = "2025.1";

/** A condition on the facts of a case. Each field is an "at least" test, so rules stay monotone. */
export interface RuleCondition {
  /** RTI-G is at least this level (an unfilled RTI-G never matches). */
  rtiGAtLeast?: RtiGLevel;
  /** At least this many leefgebieden score 1 (acute problematiek). */
  acuteAtLeast?: number;
  /** At least this many leefgebieden score 1 or 2 (acute or niet zelfredzaam). */
  problemsAtLeast?: number;
  /** Each of these questions is answered "ja". */
  criteriaJa?: readonly TriageCriterion[];
  /** The national criteria outcome is exactly this (AVE and oordeel rules only use "ja"). */
  meetsCriteria?: Answer;
  /** The case is of one of these kinds. */
  kindIn?: readonly CaseKind[];
  /** At least this many partner organisations answered "bekend bij ons: ja". */
  knownByAtLeast?: number;
  /** The oordeel is at least this colour (only meaningful in AVE rules). */
  oordeelAtLeast?: Oordeel;
}

/** One rule: when the condition holds, the outcome applies; `reden` is read aloud (Dutch). */
export interface Rule<T> {
  id: string;
  when: RuleCondition;
  then: T;
  reden: string;
}

/** Which partners each colour calls for, exactly as seed 000 (selectie-instrument) lists them. */
export const PARTNERS_BY_OORDEEL: Record<Oordeel, readonly OrganisationKind[]> = {
  // Basis ketenpartners.
  groen: ["politie", "om"],
  // + 3RO (reclassering) + SHN (slachtofferhulp).
  oranje: ["politie", "om", "reclassering", "slachtofferhulp"],
  // + gemeenten / GI / VT.
  rood: ["politie", "om", "reclassering", "slachtofferhulp", "gemeente", "gi", "veilig_thuis"],
};

/** Oordeel rules; the highest matching colour wins, groen when none matches. */
export const OORDEEL_RULES: readonly Rule<Oordeel>[] = [
  // A real violence risk means victims need support and the offender supervision (3RO + SHN).
  {
    id: "oranje-geweldsrisico",
    when: { rtiGAtLeast: "gemiddeld" },
    then: "oranje",
    reden:
      "Het geweldsrisico (RTI-G) is gemiddeld of hoger: reclassering en slachtofferhulp zijn nodig.",
  },
  // Acute problems on any leefgebied need more than police and OM.
  {
    id: "oranje-acuut",
    when: { acuteAtLeast: 1 },
    then: "oranje",
    reden: "Op minstens één leefgebied is sprake van acute problematiek.",
  },
  // Not self-reliant on three or more leefgebieden: a multi-problem case.
  {
    id: "oranje-meerdere-leefgebieden",
    when: { problemsAtLeast: 3 },
    then: "oranje",
    reden: "Op drie of meer leefgebieden is de betrokkene niet zelfredzaam.",
  },
  // Domestic violence always has a victim: slachtofferhulp belongs at the table.
  {
    id: "oranje-huiselijk-geweld",
    when: { kindIn: ["huiselijk_geweld"] },
    then: "oranje",
    reden: "Bij huiselijk geweld hoort slachtofferhulp aan tafel.",
  },
  // A very high violence risk needs the whole network, including Veilig Thuis and the gemeente.
  {
    id: "rood-geweldsrisico-zeer-hoog",
    when: { rtiGAtLeast: "zeer_hoog" },
    then: "rood",
    reden: "Het geweldsrisico (RTI-G) is zeer hoog.",
  },
  // Acute problems on two or more leefgebieden: also gemeente and jeugdbescherming/VT.
  {
    id: "rood-acuut-meerdere",
    when: { acuteAtLeast: 2 },
    then: "rood",
    reden: "Op twee of meer leefgebieden is sprake van acute problematiek.",
  },
  // Multi-problem that reaches the family system: gemeente, GI and Veilig Thuis are needed.
  {
    id: "rood-systeem",
    when: { criteriaJa: ["systeem"], problemsAtLeast: 3 },
    then: "rood",
    reden: "De problemen spelen op meerdere leefgebieden en raken het gezinssysteem.",
  },
  // Domestic violence with a raised risk: Veilig Thuis must take part.
  {
    id: "rood-huiselijk-geweld-risico",
    when: { kindIn: ["huiselijk_geweld"], rtiGAtLeast: "hoog" },
    then: "rood",
    reden: "Huiselijk geweld met een hoog geweldsrisico vraagt om Veilig Thuis en de gemeente.",
  },
];

/** AVE rules (seed 002); the highest matching level wins, AVE 1 (signalering) when none matches. */
export const AVE_RULES: readonly Rule<AveLevel>[] = [
  // Problems on a leefgebied: the regular 3D approach of the generalist.
  {
    id: "ave2-problemen",
    when: { problemsAtLeast: 1 },
    then: 2,
    reden: "Er zijn problemen op een leefgebied die de reguliere 3D-aanpak vragen.",
  },
  // Several partners already know the person: more than a signal.
  {
    id: "ave2-bekend",
    when: { knownByAtLeast: 2 },
    then: 2,
    reden: "De betrokkene is bekend bij meerdere partners.",
  },
  // The national criteria are met: domain-crossing problems, under procesregie.
  {
    id: "ave3-criteria",
    when: { meetsCriteria: "ja" },
    then: 3,
    reden: "De casus voldoet aan de landelijke criteria: domeinoverstijgende problematiek.",
  },
  // A rood case needs the full network whatever the criteria say so far.
  {
    id: "ave3-rood",
    when: { oordeelAtLeast: "rood" },
    then: 3,
    reden: "Het oordeel is rood: de hele keten is nodig.",
  },
  // Very high violence risk in a rood case: total escalation, the burgemeester is informed.
  {
    id: "ave4-zeer-hoog-risico",
    when: { oordeelAtLeast: "rood", rtiGAtLeast: "zeer_hoog" },
    then: 4,
    reden: "Rood oordeel met een zeer hoog geweldsrisico: totale escalatie.",
  },
  // Serious local safety problems with a high violence risk: public order, the burgemeester.
  {
    id: "ave4-openbare-orde",
    when: { criteriaJa: ["veiligheid"], rtiGAtLeast: "hoog" },
    then: 4,
    reden:
      "Ernstige lokale veiligheidsproblematiek met een hoog geweldsrisico raakt de openbare orde.",
  },
];

/** Advies rules, tried in order; the first match wins. The last rule always matches. */
export const ADVIES_RULES: readonly Rule<Advies>[] = [
  // The national rule: (1 ∧ 2 ∧ 3) ∨ 4.
  {
    id: "casusoverleg-criteria",
    when: { meetsCriteria: "ja" },
    then: "casusoverleg",
    reden: "Casusoverleg: de casus voldoet aan de landelijke criteria.",
  },
  // A rood case is not kept waiting for the last answers while the criteria are still open.
  {
    id: "casusoverleg-rood-voorlopig",
    when: { meetsCriteria: "onbekend", oordeelAtLeast: "rood" },
    then: "casusoverleg",
    reden:
      "Voorlopig casusoverleg: het oordeel is rood, ook al zijn nog niet alle criteria beantwoord.",
  },
  // Criteria still open: the ZVH advises until the answers are in.
  {
    id: "advies-criteria-open",
    when: { meetsCriteria: "onbekend" },
    then: "advies",
    reden: "Voorlopig advies: nog niet alle criteria zijn beantwoord.",
  },
  // Tried locally and stuck, but not a ZVH case: the ZVH advises the local partners.
  {
    id: "advies-lokaal-vastgelopen",
    when: { criteriaJa: ["lokaal_vastgelopen"] },
    then: "advies",
    reden: "Advies: lokaal is geprobeerd en vastgelopen, de ZVH adviseert de lokale partners.",
  },
  // Otherwise the case goes back to the regular approach.
  {
    id: "terugverwijzen",
    when: {},
    then: "terugverwijzen",
    reden: "Terugverwijzen: de casus hoort in de reguliere aanpak.",
  },
];

/** WAT-informatie is shared only in these cases (seed 000); DAT-informatie otherwise. */
export const WAT_WHEN = {
  oordeel: ["rood"] as readonly Oordeel[],
  rtiG: ["hoog", "zeer_hoog"] as readonly RtiGLevel[],
};

/** Points that add up to the priority (0–100, capped); all weights are non-negative. */
export const PRIORITY_WEIGHTS = {
  oordeel: { groen: 0, oranje: 15, rood: 30 } satisfies Record<Oordeel, number>,
  rtiG: { laag: 0, gemiddeld: 5, hoog: 12, zeer_hoog: 20 } satisfies Record<RtiGLevel, number>,
  /** Per leefgebied scoring 1, counted up to `acuteMax` leefgebieden. */
  perAcute: 8,
  acuteMax: 3,
  /** Per leefgebied scoring 1 or 2, counted up to `problemMax` leefgebieden. */
  perProblem: 3,
  problemMax: 5,
  /** Criterion 4 (serious local safety problems) answered ja. */
  veiligheid: 6,
  /** National criteria met. */
  meetsCriteria: 5,
  /** Per partner that knows the person, up to `knownByMax` partners. */
  perKnownBy: 1,
  knownByMax: 4,
  /** Kinds of casusoverleg that carry an immediate safety risk. */
  kind: { huiselijk_geweld: 5, radicalisering: 5, verward_gedrag: 5 } as Partial<
    Record<CaseKind, number>
  >,
};

/** Points that add up to an action's score (0–100, capped) and the label thresholds. */
export const ACTION_SCORE_RULES = {
  /** Finished actions need no attention. */
  finished: ["afgerond", "vervallen"] as readonly ActionStatus[],
  /** The case's colour: a rood case's actions weigh more. No triage yet counts as groen. */
  oordeel: { groen: 10, oranje: 20, rood: 30 } satisfies Record<Oordeel, number>,
  /** The addressed leefgebied's current score: 1 (acute) weighs most. */
  leefgebiedScore: { 1: 25, 2: 15, 3: 8, 4: 3, 5: 0 } satisfies Record<ZrmScore, number>,
  /** No leefgebied linked, or not scored yet. */
  leefgebiedUnknown: 5,
  /** Overdue: a base plus one point per day late, up to `overduePerDayMax`. */
  overdueBase: 25,
  overduePerDayMax: 15,
  /** Due within N days from today (checked in order, first match wins): points. */
  dueWithin: [
    { days: 3, points: 20 },
    { days: 7, points: 14 },
    { days: 14, points: 8 },
    { days: 30, points: 4 },
  ] as const,
  /** No valid due date: someone has to set one, so it needs some attention. */
  missingDueDate: 10,
  /** On the critical path: a straf/dwang/drang measure, or work on an acute leefgebied, in a rood case. */
  criticalPath: {
    oordeel: "rood" as Oordeel,
    kind: "straf" as ActionKind,
    acuteScore: 1,
    points: 15,
  },
  /** Not yet started. */
  statusOpen: 5,
  /** Label thresholds: at least `hoog` is hoog, at least `middel` is middel, else laag. */
  labels: { hoog: 60, middel: 35 },
};

/** Answers that count as given (for completeness). */
export const ANSWERED: readonly Answer[] = ["ja", "nee"];
