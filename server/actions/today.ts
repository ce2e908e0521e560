/** The calendar date in the Netherlands, which decides when an action is `te laat`. */

const AMSTERDAM_DATE = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** `at` as a yyyy-mm-dd date in Europe/Amsterdam (the ZVH's working day, not UTC's). */
export function dutchDate(at: Date): string {
  return AMSTERDAM_DATE.format(at);
}
