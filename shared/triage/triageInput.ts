/** Builds the engine's input from what the document readers return, so both sides join the same way. */
import type { CaseKind } from "../domain/case.js";
import type { Organisation } from "../domain/organisation.js";
import type { LeefgebiedenDocValue } from "../docs/leefgebiedenDoc.js";
import type { TriageDocValue } from "../docs/triageDoc.js";
import type { TriageInput } from "./facts.js";

/**
 * Joins the triage and leefgebieden documents with the case kind. `partners` are the
 * organisations asked to answer "bekend bij ons"; those without an answer count as open questions.
 * Answers from organisations not in `partners` still count (without a known organisation kind).
 */
export function triageInputFromDocs(args: {
  triage: TriageDocValue;
  leefgebieden: LeefgebiedenDocValue;
  kind: CaseKind;
  partners: readonly Organisation[];
  today?: string;
}): TriageInput {
  const { triage, leefgebieden, kind, partners, today } = args;
  const listed = new Set(partners.map((p) => p.id));
  const bekendBij: TriageInput["bekendBij"] = [
    ...partners.map((p) => ({
      organisationId: p.id,
      organisationKind: p.kind,
      answer: triage.bekendBij[p.id]?.answer ?? ("onbekend" as const),
    })),
    ...Object.entries(triage.bekendBij)
      .filter(([id]) => !listed.has(id))
      .map(([organisationId, entry]) => ({ organisationId, answer: entry.answer })),
  ];
  return {
    criteria: Object.fromEntries(Object.entries(triage.criteria).map(([id, e]) => [id, e.answer])),
    bekendBij,
    rtiG: triage.rtiG.level,
    leefgebieden: Object.fromEntries(
      Object.entries(leefgebieden.scores).map(([key, e]) => [
        key,
        { score: e.score, givenOn: e.givenOn },
      ]),
    ),
    kind,
    ...(today === undefined ? {} : { today }),
  };
}
