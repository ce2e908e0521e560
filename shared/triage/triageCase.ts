/**
 * The triage engine: a pure, deterministic judgement of a case from its triage answers, its
 * leefgebieden and its kind. Browser and server run the same code, so what partners see live
 * while typing is what the server stores. All thresholds come from rules.ts.
 */
import { ORGANISATION_KIND_LABELS } from "../domain/organisation.js";
import { isScoreStale, LEEFGEBIED_LABELS, type Leefgebied } from "../domain/leefgebied.js";
import {
  AVE_LEVEL_LABELS,
  OORDEEL_LABELS,
  RTIG_LEVEL_LABELS,
  TRIAGE_CRITERIA,
  TRIAGE_CRITERION_LABELS,
  type Advies,
  type AveLevel,
  type Informatieniveau,
  type Oordeel,
  type TriageResult,
} from "../domain/triage.js";
import { triageCompleteness } from "./completeness.js";
import {
  deriveFacts,
  highestMatch,
  matches,
  oordeelRank,
  type TriageFacts,
  type TriageInput,
} from "./facts.js";
import {
  ADVIES_RULES,
  AVE_RULES,
  OORDEEL_RULES,
  PARTNERS_BY_OORDEEL,
  PRIORITY_WEIGHTS,
  RULES_VERSION,
  WAT_WHEN,
} from "./rules.js";

/** Judges a case: criteria, advies, AVE, oordeel with partners, informatieniveau, priority. */
export function triageCase(input: TriageInput): TriageResult {
  const facts = deriveFacts(input);
  const reasons: string[] = [criteriaReason(facts)];

  const oordeel = highestMatch(OORDEEL_RULES, facts, "groen", oordeelRank);
  facts.oordeel = oordeel.value;
  const partners = [...PARTNERS_BY_OORDEEL[oordeel.value]];
  reasons.push(
    oordeel.fired.length === 0
      ? "Oordeel groen: er is geen verhoogd risico of zware problematiek bekend."
      : `Oordeel ${OORDEEL_LABELS[oordeel.value].toLowerCase()}: ${oordeel.fired.map((r) => r.reden).join(" ")}`,
    `Nodig aan tafel: ${partners.map((p) => ORGANISATION_KIND_LABELS[p]).join(", ")}.`,
  );

  const adviesRule = ADVIES_RULES.find((rule) => matches(rule.when, facts));
  const advies: Advies = adviesRule?.then ?? "terugverwijzen";
  if (adviesRule) reasons.push(adviesRule.reden);

  const ave = highestMatch<AveLevel>(AVE_RULES, facts, 1, (level) => level);
  reasons.push(
    ave.fired.length === 0
      ? `${AVE_LEVEL_LABELS[1]}: er zijn nog geen problemen vastgesteld die opschaling vragen.`
      : `${AVE_LEVEL_LABELS[ave.value]}: ${ave.fired.map((r) => r.reden).join(" ")}`,
  );

  const informatieniveau = informatieniveauFor(facts);
  reasons.push(informatieniveauReason(facts, informatieniveau));

  const priority = priorityFor(facts);
  reasons.push(`Prioriteit ${priority.value} van 100: ${priority.parts.join(", ")}.`);

  const completeness = triageCompleteness(input);
  reasons.push(
    completeness.open === 0
      ? "Alle vragen zijn beantwoord."
      : `Ingevuld: ${completeness.answered} van ${completeness.total} vragen (${completeness.label}).`,
  );
  const stale = staleLeefgebieden(input);
  if (stale.length > 0) {
    reasons.push(
      `Scores ouder dan 30 dagen, graag opnieuw beoordelen: ${stale.map((k) => LEEFGEBIED_LABELS[k]).join(", ")}.`,
    );
  }

  return {
    rulesVersion: RULES_VERSION,
    criteria: TRIAGE_CRITERIA.map((id) => ({ id, answer: facts.criteria[id] })),
    meetsCriteria: facts.meetsCriteria,
    voorlopig:
      TRIAGE_CRITERIA.some((id) => facts.criteria[id] === "onbekend") || facts.rtiG === null,
    advies,
    ave: ave.value,
    oordeel: oordeel.value,
    partners,
    informatieniveau,
    priority: priority.value,
    completeness,
    reasons,
    firedRules: [...oordeel.fired, ...ave.fired, ...(adviesRule ? [adviesRule] : [])].map(
      (r) => r.id,
    ),
  };
}

/** One sentence on the national criteria: met, not met, or what is still open. */
function criteriaReason(facts: TriageFacts): string {
  const c = facts.criteria;
  const label = (id: keyof typeof c): string => `"${TRIAGE_CRITERION_LABELS[id]}"`;
  if (facts.meetsCriteria === "ja") {
    return c.veiligheid === "ja"
      ? `De casus voldoet aan de landelijke criteria: criterium 4 ${label("veiligheid")} is met ja beantwoord.`
      : "De casus voldoet aan de landelijke criteria: criteria 1, 2 en 3 zijn alle drie met ja beantwoord.";
  }
  if (facts.meetsCriteria === "nee") {
    const failed = (["multiproblem", "ketensamenwerking", "systeem"] as const).filter(
      (id) => c[id] === "nee",
    );
    return `De casus voldoet niet aan de landelijke criteria: ${failed.map(label).join(" en ")} en criterium 4 ${label("veiligheid")} zijn met nee beantwoord.`;
  }
  const open = (["multiproblem", "ketensamenwerking", "systeem", "veiligheid"] as const).filter(
    (id) => c[id] === "onbekend",
  );
  return `Nog niet te zeggen of de casus aan de landelijke criteria voldoet: nog niet beantwoord: ${open.map(label).join(", ")}.`;
}

/** DAT by default; WAT only for the colours and RTI-G levels in WAT_WHEN. */
function informatieniveauFor(facts: TriageFacts): Informatieniveau {
  const byOordeel = WAT_WHEN.oordeel.includes(facts.oordeel);
  const byRisk = facts.rtiG !== null && WAT_WHEN.rtiG.includes(facts.rtiG);
  return byOordeel || byRisk ? "WAT" : "DAT";
}

/** Explains the information level in one sentence. */
function informatieniveauReason(facts: TriageFacts, level: Informatieniveau): string {
  if (level === "DAT") {
    return "Alleen DAT-informatie delen (of iemand bekend is): het oordeel is niet rood en het geweldsrisico is niet hoog.";
  }
  const why: string[] = [];
  if (WAT_WHEN.oordeel.includes(facts.oordeel)) why.push("het oordeel is rood");
  if (facts.rtiG !== null && WAT_WHEN.rtiG.includes(facts.rtiG)) {
    why.push(`het geweldsrisico (RTI-G) is ${RTIG_LEVEL_LABELS[facts.rtiG].toLowerCase()}`);
  }
  return `WAT-informatie mag gedeeld worden, want ${why.join(" en ")}.`;
}

/** Adds up the priority weights; every part is named so the number can be explained. */
function priorityFor(facts: TriageFacts): { value: number; parts: string[] } {
  const w = PRIORITY_WEIGHTS;
  const parts: Array<[string, number]> = [
    [`oordeel ${OORDEEL_LABELS[facts.oordeel].toLowerCase()}`, w.oordeel[facts.oordeel]],
  ];
  if (facts.rtiG !== null) {
    parts.push([`RTI-G ${RTIG_LEVEL_LABELS[facts.rtiG].toLowerCase()}`, w.rtiG[facts.rtiG]]);
  }
  const acute = Math.min(facts.acute.length, w.acuteMax);
  if (acute > 0)
    parts.push([
      `${plural(facts.acute.length, "leefgebied", "leefgebieden")} acuut`,
      acute * w.perAcute,
    ]);
  const problems = Math.min(facts.problems.length, w.problemMax);
  if (problems > 0) {
    parts.push([
      `${plural(facts.problems.length, "leefgebied", "leefgebieden")} niet zelfredzaam`,
      problems * w.perProblem,
    ]);
  }
  if (facts.criteria.veiligheid === "ja")
    parts.push(["ernstige veiligheidsproblematiek", w.veiligheid]);
  if (facts.meetsCriteria === "ja") parts.push(["voldoet aan de criteria", w.meetsCriteria]);
  const known = Math.min(facts.knownBy, w.knownByMax);
  if (known > 0)
    parts.push([
      `bekend bij ${plural(facts.knownBy, "partner", "partners")}`,
      known * w.perKnownBy,
    ]);
  const kindPoints = w.kind[facts.kind] ?? 0;
  if (kindPoints > 0) parts.push(["soort casusoverleg met direct veiligheidsrisico", kindPoints]);
  const sum = parts.reduce((total, [, points]) => total + points, 0);
  return {
    value: Math.max(0, Math.min(100, Math.round(sum))),
    parts: parts.map(([what, points]) => `${what} (+${points})`),
  };
}

/** "1 partner" / "3 partners". */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Leefgebieden whose score is older than 30 days on `today` (none when today is not given). */
function staleLeefgebieden(input: TriageInput): Leefgebied[] {
  const today = input.today;
  if (today === undefined) return [];
  return (Object.keys(input.leefgebieden) as Leefgebied[]).filter((key) => {
    const entry = input.leefgebieden[key];
    return entry?.score != null && isScoreStale(entry.givenOn ?? "", today);
  });
}

/** The rank order of colours, exported for callers that sort case lists by oordeel. */
export function compareOordeel(a: Oordeel, b: Oordeel): number {
  return oordeelRank(a) - oordeelRank(b);
}
