/** Calendar dates (yyyy-mm-dd) and ISO timestamps as the domain uses them; no clock is read here. */
import { z } from "zod";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch for a yyyy-mm-dd date at UTC midnight, or null when invalid. */
function parseIsoDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over into March; a real calendar date survives the round trip.
  if (back.getUTCMonth() !== Number(m) - 1 || back.getUTCDate() !== Number(d)) return null;
  return ms;
}

/** True when `value` is a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Schema for a calendar date written as yyyy-mm-dd. */
export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "datum moet een bestaande dag zijn, als jjjj-mm-dd" });

/** True when `value` is an ISO 8601 timestamp whose date part is a real calendar date. */
export function isIsoDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && isIsoDate(value.slice(0, 10));
}

/** Schema for an ISO 8601 timestamp such as "2025-03-01T14:05:00.000Z". */
export const IsoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, { message: "tijdstip moet een ISO-tijdstip zijn" });

/** The calendar date (yyyy-mm-dd) of a date or timestamp, or null when it is neither. */
export function toIsoDate(value: string): string | null {
  const date = value.slice(0, 10);
  return isIsoDate(date) && (value.length === 10 || isIsoDateTime(value)) ? date : null;
}

/** Whole days from `from` to `to` (both yyyy-mm-dd or timestamps); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number | null {
  const a = toIsoDate(from);
  const b = toIsoDate(to);
  if (a === null || b === null) return null;
  const msA = parseIsoDate(a);
  const msB = parseIsoDate(b);
  if (msA === null || msB === null) return null;
  return Math.round((msB - msA) / DAY_MS);
}

/** The calendar date `days` days after `date` (yyyy-mm-dd). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date `months` calendar months after a yyyy-mm-dd date; a day the target month lacks falls
 * back to its last day (2025-08-31 plus 6 months is 2026-02-28). Null for an invalid date.
 */
export function addMonths(date: string, months: number): string | null {
  const ms = parseIsoDate(date);
  if (ms === null) return null;
  const start = new Date(ms);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}
