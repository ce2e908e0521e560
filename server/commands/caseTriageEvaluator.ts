/** Runs the shared triage engine for a case, and condenses its outcome to the list's summary. */
import { dutchDate } from "../../shared/domain/regionTime.js";
import * as Y from "yjs";
import type { TriageSummary } from "../../shared/api/cases.js";
import { readLeefgebieden } from "../../shared/docs/leefgebiedenDoc.js";
import { readTriage } from "../../shared/docs/triageDoc.js";
import type { TriageResult } from "../../shared/domain/triage.js";
import { triageCase } from "../../shared/triage/triageCase.js";
import { triageInputFromDocs } from "../../shared/triage/triageInput.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { triagePartnersOf } from "./caseTriagePartners.js";

/** The engine's outcome for a case from its triage and leefgebieden documents (as loaded). */
export function evaluateTriage(
  store: Store,
  c: CaseRecord,
  docs: { triage: Y.Doc; leefgebieden: Y.Doc },
  now: Date,
): TriageResult {
  const today = dutchDate(now);
  return triageCase(
    triageInputFromDocs({
      triage: readTriage(docs.triage).value,
      leefgebieden: readLeefgebieden(docs.leefgebieden, today).value,
      kind: c.kind,
      partners: triagePartnersOf(store, c),
      today,
    }),
  );
}

/** The outcome for a case whose documents hold nothing yet (a fresh registration). */
export function evaluateEmptyTriage(store: Store, c: CaseRecord, now: Date): TriageResult {
  const docs = { triage: new Y.Doc(), leefgebieden: new Y.Doc() };
  try {
    return evaluateTriage(store, c, docs, now);
  } finally {
    docs.triage.destroy();
    docs.leefgebieden.destroy();
  }
}

/**
 * The summary a case starts with, before anyone opens its triage document: what the engine says
 * about empty documents ("nog N vragen"). Every case gets it when it is created, so the first open
 * of its (still empty) documents finds the summary current and stores nothing.
 */
export function initialTriageSummary(store: Store, c: CaseRecord, now: Date): TriageSummary {
  return summariseTriage(evaluateEmptyTriage(store, c, now), now.toISOString());
}

/**
 * `initialTriageSummary` for many cases at once (seeding a region): the engine's only inputs for
 * empty documents are the case's kind and partners, so it runs once per such pair.
 */
export function initialTriageSummaries(store: Store, now: Date): (c: CaseRecord) => TriageSummary {
  const byInput = new Map<string, TriageSummary>();
  return (c) => {
    const partners = triagePartnersOf(store, c).map((org) => org.id);
    const key = JSON.stringify([c.kind, partners]);
    const summary = byInput.get(key) ?? initialTriageSummary(store, c, now);
    byInput.set(key, summary);
    return { ...summary };
  };
}

/** The few fields of an outcome the case list needs. */
export function summariseTriage(result: TriageResult, computedAt: string): TriageSummary {
  return {
    oordeel: result.oordeel,
    voorlopig: result.voorlopig,
    advies: result.advies,
    open: result.completeness.open,
    answered: result.completeness.answered,
    total: result.completeness.total,
    rulesVersion: result.rulesVersion,
    computedAt,
  };
}
