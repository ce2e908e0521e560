/**
 * Loading that outlasts a short server outage. A load that fails because the server could not be
 * reached (no answer at all, or a gateway saying the server behind it is down) is tried again after
 * a growing pause: about 1 s, 2 s, 4 s … and at most 30 s, each spread by ±20 % so that the open
 * pages of a whole ZVH do not all return at the same instant. A "try now" signal (by default the
 * browser's `online` event) ends a pause early. Any other failure is final and goes to the caller.
 */
import { ApiError, ClientErrorCode } from "./errors.js";

/** The pause before the first retry. */
export const FIRST_RETRY_MS = 1_000;
/** The longest pause between two tries. */
export const MAX_RETRY_MS = 30_000;
/** How far (as a fraction) a pause is spread around its nominal length. */
const JITTER = 0.2;

/** Statuses a gateway answers with when the server behind it is down or restarting. */
const GATEWAY_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** True when `error` may pass by waiting: the server was not reached or is (re)starting. */
export function isTransientFailure(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.code === ClientErrorCode.Network || GATEWAY_STATUSES.has(error.status))
  );
}

/** The pause before retry `attempt` (0 for the first); `random` in [0, 1) spreads it. */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  const nominal = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  const spread = 1 - JITTER + 2 * JITTER * random;
  return Math.min(MAX_RETRY_MS, Math.round(nominal * spread));
}

/** How `loadWithRetry` waits and whom it tells. */
export interface RetryOptions {
  /** Ends the tries: a pause or a load under way rejects with the abort reason. */
  signal: AbortSignal;
  /** Told of every transient failure, before the pause that follows it. */
  onRetry?: (error: unknown) => void;
  /**
   * Subscribes `wake` to "try now" and returns the unsubscribe; `wake` must not be called during
   * the subscription itself. Defaults to the browser's `online` event.
   */
  onWake?: (wake: () => void) => () => void;
  /** The pause before retry `attempt`; defaults to `retryDelayMs`. */
  delayMs?: (attempt: number) => number;
}

/** Runs `load` until it succeeds, fails for good, or `options.signal` aborts. */
export async function loadWithRetry<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const delayOf = options.delayMs ?? retryDelayMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await load(options.signal);
    } catch (error: unknown) {
      if (options.signal.aborted || !isTransientFailure(error)) throw error;
      options.onRetry?.(error);
      await pause(delayOf(attempt), options.signal, options.onWake ?? onBrowserOnline);
    }
  }
}

/** Resolves after `ms`, or earlier when woken; rejects when `signal` aborts. */
function pause(
  ms: number,
  signal: AbortSignal,
  onWake: (wake: () => void) => () => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError(signal));
      return;
    }
    const finish = (settle: () => void) => () => {
      clearTimeout(timer);
      stopWaking();
      signal.removeEventListener("abort", aborted);
      settle();
    };
    const done = finish(resolve);
    const aborted = finish(() => reject(abortError(signal)));
    const timer = setTimeout(done, ms);
    const stopWaking = onWake(done);
    signal.addEventListener("abort", aborted, { once: true });
  });
}

/** The error an aborted pause rejects with: the abort reason when it is an error. */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException("Aborted", "AbortError");
}

/** Wakes a pause when the browser reports that the network is back; nothing outside a browser. */
function onBrowserOnline(wake: () => void): () => void {
  if (typeof window === "undefined") return () => undefined;
  window.addEventListener("online", wake);
  return () => window.removeEventListener("online", wake);
}
