/** Instroom: registrations per month, per hour of the Dutch clock and per kind of casusoverleg. */
import type { Report, ReportPeriod } from "../../shared/api/reports.js";
import { CASE_KINDS } from "../../shared/domain/case.js";
import { monthsOf } from "./dutchTime.js";
import type { CaseFacts } from "./reportFacts.js";

/** Hours of the day, 0–23. */
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Counts the cases registered in the period (the caller passes only those). */
export function instroomOf(
  registered: readonly CaseFacts[],
  period: ReportPeriod,
): Report["instroom"] {
  const perMonth = new Map(monthsOf(period).map((month) => [month, 0]));
  const perHour = HOURS.map(() => 0);
  const perKind = new Map(CASE_KINDS.map((kind) => [kind, 0]));
  for (const c of registered) {
    perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1);
    if (c.registered === null) continue;
    const month = perMonth.get(c.registered.month);
    if (month !== undefined) perMonth.set(c.registered.month, month + 1);
    perHour[c.registered.hour] = (perHour[c.registered.hour] ?? 0) + 1;
  }
  return {
    total: registered.length,
    perMonth: [...perMonth].map(([month, count]) => ({ month, count })),
    perHour: perHour.map((count, hour) => ({ hour, count })),
    perKind: [...perKind].map(([kind, count]) => ({ kind, count })),
  };
}
