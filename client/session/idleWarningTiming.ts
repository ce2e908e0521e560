/**
 * When the page asks the server again how long the session has left, and whether to warn: WCAG
 * 2.2.1 wants a warning before a time limit ends the session, with a simple way to extend it.
 */
import type { SessionTimeLeft } from "../../shared/api/auth.js";

/** How long before the idle timeout the warning shows. */
export const WARN_BEFORE_MS = 3 * 60_000;
/** While the warning shows: how often the server is asked again (activity in another tab). */
const RECHECK_WHILE_WARNING_MS = 15_000;
/** Never sooner than this: a clock a bit off must not make the page ask in a loop. */
const MIN_RECHECK_MS = 5_000;
/** Never later than this, so a session extended elsewhere is followed in time. */
const MAX_RECHECK_MS = 10 * 60_000;

/** What the page does with an answer: warn or not, and when to ask again. */
export interface IdlePlan {
  /** Null: no warning. Else how long until the session ends, and whether staying can extend it. */
  warning: { endsInMs: number; extendable: boolean } | null;
  recheckInMs: number;
}

/** Plans the warning from what the server says is left. */
export function planIdleWarning(left: SessionTimeLeft): IdlePlan {
  const endsInMs = Math.min(left.idleMs, left.absoluteMs);
  if (endsInMs > WARN_BEFORE_MS) {
    const recheckInMs = clamp(endsInMs - WARN_BEFORE_MS, MIN_RECHECK_MS, MAX_RECHECK_MS);
    return { warning: null, recheckInMs };
  }
  return {
    // Activity extends the idle timeout, never the absolute end of the session.
    warning: { endsInMs: Math.max(0, endsInMs), extendable: left.absoluteMs > left.idleMs },
    recheckInMs: clamp(
      Math.min(RECHECK_WHILE_WARNING_MS, endsInMs),
      MIN_RECHECK_MS,
      MAX_RECHECK_MS,
    ),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
