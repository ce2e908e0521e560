/** Dates and times of overleggen as Dutch users read them, always in Dutch time. */
import { REGION_TIME_ZONE as TIME_ZONE, wallTimeOf } from "../../shared/domain/regionTime.js";

const dateTime = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const time = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
});

/** The Dutch calendar date (yyyy-mm-dd) and clock time (hh:mm) of an instant, as forms hold them. */
export function meetingWallTime(iso: string): { date: string; time: string } {
  return wallTimeOf(new Date(iso));
}

/** "di 3 mrt 2026 13:00". */
export function formatMeetingDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "13:00". */
export function formatClockTime(iso: string): string {
  return time.format(new Date(iso));
}
