/** How the Rapportages page writes months, calendar days and numbers of days. */

const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });
const DECIMAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** "2025-03" as "maart 2025". */
export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? month : MONTH.format(date);
}

/** A calendar day yyyy-mm-dd as dd-mm-jjjj (no time zone involved: it is a day, not an instant). */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : day;
}

/** A number the Dutch way, with at most one decimal: 16,5. */
export function formatNumber(value: number): string {
  return DECIMAL.format(value);
}

/** A share in whole percent, or nothing when there is no share. */
export function formatShare(percentage: number | null): string {
  return percentage === null ? "–" : `${percentage}%`;
}
