/** Expands a recurring pattern ("every Tuesday 13:00, weekly, 6 times") into calendar dates. */
import type { RecurrenceFrequency } from "../../shared/api/meetings.js";
import { addDays } from "../../shared/domain/dates.js";

const DAYS_BETWEEN: Record<RecurrenceFrequency, number> = {
  wekelijks: 7,
  tweewekelijks: 14,
  vierwekelijks: 28,
};

/** The dates (yyyy-mm-dd) of every occurrence, the first on `firstDate`. */
export function expandRecurrence(
  firstDate: string,
  recurrence: { frequency: RecurrenceFrequency; occurrences: number } | undefined,
): string[] {
  if (!recurrence) return [firstDate];
  const step = DAYS_BETWEEN[recurrence.frequency];
  return Array.from({ length: recurrence.occurrences }, (_, i) => addDays(firstDate, i * step));
}
