/** Durations as Dutch users read them on a clock. */

/** Milliseconds as "m:ss" (a slot's elapsed time, the time left before the session ends). */
export function formatMinutesSeconds(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
