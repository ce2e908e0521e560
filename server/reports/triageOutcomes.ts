/**
 * Triage outcomes of the cases registered in the period: the colour (groen / oranje / rood, seed
 * 000) and the procesregisseur's decision (casusoverleg / advies / terugverwijzen), as counts and
 * as shares of the cases that have one.
 */
import type { Report } from "../../shared/api/reports.js";
import { ADVIEZEN, OORDELEN } from "../../shared/domain/triage.js";
import type { CaseFacts } from "./reportFacts.js";

/** `count` as whole percent of `total`; null when there is nothing to share. */
export function percentageOf(count: number, total: number): number | null {
  return total === 0 ? null : Math.round((count * 100) / total);
}

/** Counts colours and decisions of the cases registered in the period (the caller passes only those). */
export function triageOutcomesOf(registered: readonly CaseFacts[]): Report["triage"] {
  const coloured = registered.filter((c) => c.oordeel !== "open");
  const decided = registered.filter((c) => c.besluit !== null);
  return {
    oordelen: OORDELEN.map((oordeel) => {
      const count = coloured.filter((c) => c.oordeel === oordeel).length;
      return { oordeel, count, percentage: percentageOf(count, coloured.length) };
    }),
    zonderOordeel: registered.length - coloured.length,
    besluiten: ADVIEZEN.map((besluit) => {
      const count = decided.filter((c) => c.besluit === besluit).length;
      return { besluit, count, percentage: percentageOf(count, decided.length) };
    }),
    zonderBesluit: registered.length - decided.length,
  };
}
