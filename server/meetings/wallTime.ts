/**
 * Wall-clock time in the region (Europe/Amsterdam) to instants and back. An overleg "every Tuesday
 * 13:00" stays at 13:00 across the switch to and from summer time, so recurring dates are expanded
 * as calendar dates first and each is converted on its own.
 */

/** The time zone of every ZVH region. */
export const REGION_TIME_ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: REGION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The region's calendar date (yyyy-mm-dd) and time (hh:mm) at an instant. */
export function wallTimeOf(instant: Date): { date: string; time: string } {
  const get = (type: string) => parts.formatToParts(instant).find((p) => p.type === type)?.value;
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
