/**
 * Where an instant falls on the Dutch calendar and clock. Reports count per Dutch day, month and
 * hour: a case registered at 00:30 on 1 March in Westerduin belongs to March, although UTC still
 * says February.
 */
import { regionWallClock } from "../../shared/domain/regionTime.js";

const HOUR_MS = 60 * 60 * 1000;

/** An instant as the region's calendar and clock show it. */
export interface DutchMoment {
  /** yyyy-mm-dd */
  date: string;
  /** yyyy-mm */
  month: string;
  /** 0–23 */
  hour: number;
}

/**
 * The region's offset from UTC per UTC hour. Clocks change on the hour, so one offset holds for a
 * whole UTC hour; asking Intl once per hour instead of once per instant keeps a report over tens of
 * thousands of cases at a few milliseconds.
 */
const offsets = new Map<number, number>();
/** Beyond this many hours (about eleven years) the cache starts afresh. */
const MAX_CACHED_HOURS = 100_000;

function offsetMsAt(utcHour: number): number {
  const cached = offsets.get(utcHour);
  if (cached !== undefined) return cached;
  const start = utcHour * HOUR_MS;
  const parts = regionWallClock.formatToParts(new Date(start));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  if (offsets.size >= MAX_CACHED_HOURS) offsets.clear();
  offsets.set(utcHour, wall - start);
  return wall - start;
}

/** The Dutch date, month and hour of an ISO timestamp, or null when it is no timestamp. */
export function dutchMomentOf(iso: string): DutchMoment | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const wall = new Date(ms + offsetMsAt(Math.floor(ms / HOUR_MS)));
  const date = wall.toISOString().slice(0, 10);
  return { date, month: date.slice(0, 7), hour: wall.getUTCHours() };
}

/** The Dutch calendar date of an ISO timestamp, or null when it is no timestamp. */
export function dutchDateOf(iso: string): string | null {
  return dutchMomentOf(iso)?.date ?? null;
}

/** True when the Dutch calendar day `date` lies within the period (both ends inclusive). */
export function inPeriod(date: string | null, period: { from: string; to: string }): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

/** Every month (yyyy-mm) from the month of `from` to the month of `to`, in order. */
export function monthsOf(period: { from: string; to: string }): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
