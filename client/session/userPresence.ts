/**
 * Whether someone is at the keyboard: the time of the user's last input on the page (a key, a
 * click, a tap, a scroll wheel). A request the page makes after a minute without input is the
 * page's own (a poll, a reload because something changed elsewhere, a retry after an outage) and
 * goes out as background, so a screen left open on a desk does not keep its session alive.
 */

/** How long after the last input a request still counts as the user's. */
export const PRESENCE_WINDOW_MS = 60_000;

/** The input that says someone is there; seen before the page's own handlers (capture). */
const INPUT_EVENTS = ["keydown", "pointerdown", "click", "wheel", "touchstart"] as const;

/** Someone's presence at the page, from their input. */
export interface Presence {
  /** True when the last input was less than `PRESENCE_WINDOW_MS` ago. */
  isPresent(): boolean;
  /** Stops watching. */
  stop(): void;
}

/** Watches input on `target` (the window); opening the page counts as the first input. */
export function watchPresence(target: EventTarget, now: () => number = Date.now): Presence {
  let lastInputAt = now();
  const onInput = (): void => {
    lastInputAt = now();
  };
  for (const type of INPUT_EVENTS) {
    target.addEventListener(type, onInput, { capture: true, passive: true });
  }
  return {
    isPresent: () => now() - lastInputAt < PRESENCE_WINDOW_MS,
    stop: () => {
      for (const type of INPUT_EVENTS) target.removeEventListener(type, onInput, { capture: true });
    },
  };
}
