/**
 * The region's calendar and clock (Europe/Amsterdam), for client and server alike: the Dutch date
 * decides when an action is `te laat`, when a retention ends and on which day an overleg falls,
 * whatever the laptop or the server is set to. Wall-clock time converts to instants and back: an
 * overleg "every Tuesday 13:00" stays at 13:00 across the switch to and from summer time, so
 * recurring dates are expanded as calendar dates first and each is converted on its own.
 */

/** The time zone of every ZVH region. */
export const REGION_TIME_ZONE = "Europe/Amsterdam";

// Swedish writes dates as yyyy-mm-dd.
const calendarDate = new Intl.DateTimeFormat("sv-SE", {
  timeZone: REGION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** `at` as a yyyy-mm-dd date in the region (the ZVH's working day, not UTC's). */
export function dutchDate(at: Date): string {
  return calendarDate.format(at);
}

/** The region's date and 24-hour clock to the second, read with `formatToParts`. */
export const regionWallClock = new Intl.DateTimeFormat("en-CA", {
  timeZone: REGION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The region's calendar date (yyyy-mm-dd) and time (hh:mm) at an instant. */
export function wallTimeOf(instant: Date): { date: string; time: string } {
  const get = (type: string) =>
    regionWallClock.formatToParts(instant).find((p) => p.type === type)?.value;
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
  };
}

/** A calendar date (yyyy-mm-dd) as Dutch readers write it: dd-mm-jjjj. */
export function dutchCalendarDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}-${month}-${year}`;
}

/** The region's calendar date at an instant as Dutch readers write it: dd-mm-jjjj. */
export function dutchDateOf(instant: Date): string {
  return dutchCalendarDate(wallTimeOf(instant).date);
}

/**
 * An instant in the region's time as Dutch readers write it: dd-mm-jjjj hh:mm:ss (the audit
 * trail's CSV and the Beheer page alike). One formatting per instant: an export formats thousands.
 */
export function dutchDateTimeOf(instant: Date): string {
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of regionWallClock.formatToParts(instant)) part[type] = value;
  const { day, month, year, hour, minute, second } = part;
  return `${day ?? ""}-${month ?? ""}-${year ?? ""} ${hour ?? ""}:${minute ?? ""}:${second ?? ""}`;
}

/** Minutes the region is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const wall = wallTimeOf(instant);
  const asUtc = Date.parse(`${wall.date}T${wall.time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant at which the region's clocks show `date` `time` (yyyy-mm-dd, hh:mm). */
export function instantOfWallTime(date: string, time: string): Date {
  const naive = Date.parse(`${date}T${time}:00Z`);
  // Two rounds settle the offset also right after a switch; a time skipped in spring lands an hour on.
  let guess = naive - offsetMinutes(new Date(naive)) * 60_000;
  guess = naive - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}
