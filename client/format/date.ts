/**
 * Date formatting as Dutch users read it: in the time zone of the Dutch ZVHs, whatever the laptop
 * is set to.
 */
import {
  dutchDateTimeOf,
  REGION_TIME_ZONE as DUTCH_TIME_ZONE,
} from "../../shared/domain/regionTime.js";

const dayMonthYear = new Intl.DateTimeFormat("nl-NL", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  timeZone: DUTCH_TIME_ZONE,
});

/** Formats an ISO timestamp as dd-mm-jjjj in Dutch time; returns the input when it is no date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = dayMonthYear.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}-${part("month")}-${part("year")}`;
}

const dateAndTime = new Intl.DateTimeFormat("nl-NL", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: DUTCH_TIME_ZONE,
});

/** The parts of an ISO timestamp in Dutch time, or null when it is no date. */
function dateAndTimeParts(iso: string): ((type: Intl.DateTimeFormatPartTypes) => string) | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = dateAndTime.formatToParts(date);
  return (type) => parts.find((p) => p.type === type)?.value ?? "";
}

/** Formats an ISO timestamp as dd-mm-jjjj hh:mm:ss in Dutch time; returns the input when it is no date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dutchDateTimeOf(date);
}

/** Formats an ISO timestamp as dd-mm-jjjj hh:mm in Dutch time; returns the input when it is no date. */
export function formatDateMinutes(iso: string): string {
  const part = dateAndTimeParts(iso);
  if (part === null) return iso;
  return `${part("day")}-${part("month")}-${part("year")} ${part("hour")}:${part("minute")}`;
}
