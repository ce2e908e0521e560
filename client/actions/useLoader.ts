/** Loads data for a page, reloads when its key changes or on request, and cancels stale loads. */
import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "../api/errorMessage.js";

/** What a page renders from: loading (with what it had before), loaded, or failed. */
export type Load<T> =
  | { status: "loading"; previous: T | null }
  | { status: "loaded"; value: T }
  | { status: "failed"; message: string };

/** Runs `load` whenever `key` changes; `reload` runs it again; `replace` sets the value locally. */
export function useLoader<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): { state: Load<T>; reload: () => void; replace: (update: (value: T) => T) => void } {
  const [state, setState] = useState<Load<T>>({ status: "loading", previous: null });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ status: "loading", previous: s.status === "loaded" ? s.value : null }));
    load(controller.signal).then(
      (value) => setState({ status: "loaded", value }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: "failed", message: errorMessage(error) });
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
