/**
 * The one way a page loads its data: loads again when its key changes or on request, cancels
 * stale loads, and rides out a server outage. While the server cannot be reached the page shows
 * why (state "failed" with `retrying`) and the load is tried again with a growing pause
 * (`loadWithRetry`), so the page fills itself in once the server is back; `reload` tries at once.
 */
import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "./errorMessage.js";
import { ApiError } from "./errors.js";
import { loadWithRetry } from "./loadWithRetry.js";

const UNAUTHORIZED = 401;
/** Answers that mean "not for you": the server does not tell "no access" from "not found". */
const REFUSED_STATUSES: ReadonlySet<number> = new Set([403, 404]);

/**
 * What a page renders from: loading, loaded, or failed. Loading and failed keep what was loaded
 * before (`previous`), so a page that must not lose its content on a failed refresh can keep it;
 * `refused` says the server refused it (no access, or not found), so it must not be kept.
 */
export type Load<T> =
  | { status: "loading"; previous: T | null }
  | { status: "loaded"; value: T }
  | (LoadFailed & { previous: T | null; refused: boolean });

/** A failed load: the Dutch reason, and whether it is being tried again by itself. */
export interface LoadFailed {
  status: "failed";
  message: string;
  retrying: boolean;
}

/** Runs `load` whenever `key` changes; `reload` runs it again; `replace` sets the value locally. */
export function useLoader<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): { state: Load<T>; reload: () => void; replace: (update: (value: T) => T) => void } {
  const [state, setState] = useState<Load<T>>({ status: "loading", previous: null });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: "loading", previous: lastValue(s) }));
    const fail = (error: unknown, retrying: boolean) =>
      setState((s) => failedLoad(s, error, retrying));
    loadWithRetry(load, {
      signal: controller.signal,
      onRetry: (error) => fail(error, true),
    }).then(
      (value) => setState({ status: "loaded", value }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // A lost session is the session's business: it shows the login page instead.
        if (error instanceof ApiError && error.status === UNAUTHORIZED) return;
        fail(error, false);
      },
    );
    return () => controller.abort();
    // `load` is recreated on every render; `key` names what it loads.
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback(
    (update: (value: T) => T) =>
      setState((s) => (s.status === "loaded" ? { status: "loaded", value: update(s.value) } : s)),
    [],
  );
  return { state, reload, replace };
}

/** The value to show: the loaded one, or the previous one while reloading. */
export function shownValue<T>(state: Load<T>): T | null {
  if (state.status === "loaded") return state.value;
  if (state.status === "loading") return state.previous;
  return null;
}

/**
 * The state after a failed load from `s`: what was shown stays as `previous`, unless the server
 * refused it (no access, not found): a refused value is gone for good, so neither this state nor
 * a later load shows it again.
 */
export function failedLoad<T>(s: Load<T>, error: unknown, retrying: boolean): Load<T> {
  const refused = error instanceof ApiError && REFUSED_STATUSES.has(error.status);
  return {
    status: "failed",
    message: errorMessage(error),
    retrying,
    previous: refused ? null : lastValue(s),
    refused,
  };
}

/**
 * The last value loaded, also while a refresh is under way or has failed (unless the server
 * refused it): for a page that keeps its content on screen and shows a failed refresh beside it
 * (the live meeting room).
 */
export function lastValue<T>(state: Load<T>): T | null {
  return state.status === "loaded" ? state.value : state.previous;
}
