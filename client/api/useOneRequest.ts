/**
 * Runs a user's request one at a time: a second click while one is under way does nothing (a ref,
 * not the state, guards it: a double click arrives before the re-render that disables the button).
 * `busy` disables the controls; `error` is the Dutch reason the last request failed.
 */
import { useCallback, useRef, useState } from "react";
import { errorMessage } from "./errorMessage.js";

/** One request at a time, with its busy flag and the last failure. */
export function useOneRequest(): {
  busy: boolean;
  error: string | null;
  run: (request: () => Promise<void>) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const run = useCallback((request: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    request()
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => {
        inFlight.current = false;
        setBusy(false);
      });
  }, []);
  return { busy, error, run };
}
