/** How much of the triage is filled in, counted the way the case list shows it ("nog 3 vragen"). */
import { LEEFGEBIEDEN } from "../domain/leefgebied.js";
import { TRIAGE_CRITERIA, type TriageCompleteness } from "../domain/triage.js";
import type { TriageInput } from "./facts.js";
import { ANSWERED } from "./rules.js";

/**
 * Questions are: the five triage questions, the RTI-G, every leefgebied, and one "bekend bij ons"
 * per partner listed in the input. Only ja/nee, a level or a score counts as answered.
 */
export function triageCompleteness(input: TriageInput): TriageCompleteness {
  const criteria = TRIAGE_CRITERIA.filter((id) =>
    ANSWERED.includes(input.criteria[id] ?? "onbekend"),
  );
  const leefgebieden = LEEFGEBIEDEN.filter((key) => input.leefgebieden[key]?.score != null);
  const partners = new Set(input.bekendBij.map((b) => b.organisationId));
  const partnersAnswered = new Set(
    input.bekendBij.filter((b) => ANSWERED.includes(b.answer)).map((b) => b.organisationId),
  );
  const total = TRIAGE_CRITERIA.length + 1 + LEEFGEBIEDEN.length + partners.size;
  const answered =
    criteria.length + (input.rtiG === null ? 0 : 1) + leefgebieden.length + partnersAnswered.size;
  const open = total - answered;
  const openLeefgebieden = LEEFGEBIEDEN.length - leefgebieden.length;
  return { answered, total, open, openLeefgebieden, label: completenessLabel(open) };
}

/** "volledig ingevuld", "nog 1 vraag" or "nog N vragen". */
export function completenessLabel(open: number): string {
  if (open <= 0) return "volledig ingevuld";
  return open === 1 ? "nog 1 vraag" : `nog ${open} vragen`;
}
