/** Dates and times of overleggen as Dutch users read them, always in Dutch time. */
const TIME_ZONE = "Europe/Amsterdam";

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

const wallParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Dutch calendar date (yyyy-mm-dd) and clock time (hh:mm) of an instant, as forms hold them. */
export function meetingWallTime(iso: string): { date: string; time: string } {
  const parts = wallParts.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
  };
}

/** "di 3 mrt 2026 13:00". */
export function formatMeetingDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "13:00". */
export function formatClockTime(iso: string): string {
  return time.format(new Date(iso));
}

/** Elapsed milliseconds as "m:ss". */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
