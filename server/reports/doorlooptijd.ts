/**
 * Doorlooptijd of the cases registered in the period: the median number of Dutch calendar days
 * from registration to the triage decision, and to closure where the case was closed.
 */
import type { Report } from "../../shared/api/reports.js";
import { daysBetween } from "../../shared/domain/dates.js";
import type { CaseFacts } from "./reportFacts.js";

/** The median of `values`: the middle one, or the mean of the middle two; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Days from each case's registration to the date `until` picks, where both are known. */
function daysTo(
  registered: readonly CaseFacts[],
  until: (c: CaseFacts) => string | null,
): number[] {
  const days: number[] = [];
  for (const c of registered) {
    const end = until(c);
    if (c.registered === null || end === null) continue;
    const d = daysBetween(c.registered.date, end);
    if (d !== null) days.push(d);
  }
  return days;
}

/** The medians over the cases registered in the period (the caller passes only those). */
export function doorlooptijdOf(registered: readonly CaseFacts[]): Report["doorlooptijd"] {
  const toDecision = daysTo(registered, (c) => c.decidedOn);
  const toClosure = daysTo(registered, (c) => c.closedOn);
  return {
    totTriagebesluit: { cases: toDecision.length, medianDays: median(toDecision) },
    totSluiting: { cases: toClosure.length, medianDays: median(toClosure) },
  };
}
