/**
 * The verslag overview of one slot (versions and, for the chair, the concept), kept current: it
 * loads again shortly after the slot's recorded state changed and the server holds the change, so
 * the concept the chair reviews follows the table without a click.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { VerslagOverview } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { loadVerslag } from "./meetingsApi.js";

/** Quiet time after a change before loading, so a burst of marks costs one request. */
const SETTLE_MS = 250;

/** What the verslag panel reads and does. */
export interface VerslagOverviewState {
  overview: VerslagOverview | null;
  error: string | null;
  setError: (error: string | null) => void;
  /** Loads the overview now (after freezing, or when the chair asks for a fresh concept). */
  reload: () => Promise<void>;
}

/**
 * Loads the overview of the slot, and again whenever `revision` changes. `revision` is null while
 * the slot has local changes the server has not stored yet: loading then would miss them.
 */
export function useVerslagOverview(
  meetingId: string,
  slotId: string,
  revision: string | null,
): VerslagOverviewState {
  const [overview, setOverview] = useState<VerslagOverview | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Only the latest request's answer is shown: an older one may hold an older concept.
  const latest = useRef(0);

  const load = useCallback(
    (signal?: AbortSignal) => {
      const request = ++latest.current;
      return loadVerslag(meetingId, slotId, signal).then(
        (loaded) => {
          if (request !== latest.current) return;
          setOverview(loaded);
          setError(null);
        },
        (err: unknown) => {
          if (!signal?.aborted && request === latest.current) setError(errorMessage(err));
        },
      );
    },
    [meetingId, slotId],
  );

  useEffect(() => {
    if (revision === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => void load(controller.signal), SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [load, revision]);

  const reload = useCallback(() => load(), [load]);
  return { overview, error, setError, reload };
}
