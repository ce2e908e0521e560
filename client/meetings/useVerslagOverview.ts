/**
 * The verslag overview of one slot (versions and, for the chair, the concept), kept current: it
 * loads again shortly after the slot's recorded state changed and the server holds the change, so
 * the concept the chair reviews follows the table without a click, and when the server announces
 * a newly fixed version, so everyone's list of versions follows without a reload. A load that
 * cannot reach the server is tried again by itself (`loadWithRetry`); meanwhile the overview
 * loaded before stays.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { VerslagOverview } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { loadWithRetry } from "../api/loadWithRetry.js";
import type { LoadFailed } from "../api/useLoader.js";
import { loadVerslag } from "./meetingsApi.js";

/** Quiet time after a change before loading, so a burst of marks costs one request. */
const SETTLE_MS = 250;

/** What the verslag panel reads and does. */
export interface VerslagOverviewState {
  /** The overview last loaded; it stays while a later load fails. */
  overview: VerslagOverview | null;
  /** Why the latest load failed, and whether it is being tried again; null once one succeeds. */
  failure: LoadFailed | null;
  /**
   * Loads the overview now (after freezing, or when the chair asks for a fresh concept); resolves
   * once that load, or one that replaced it, has finished.
   */
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
  const [failure, setFailure] = useState<LoadFailed | null>(null);
  const [round, setRound] = useState(0);
  // Callers of `reload` waiting for the next load to finish.
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    if (revision === null) return;
    // A newer load aborts this one (effect cleanup), so only the latest answer is ever shown: an
    // older one may hold an older concept.
    const controller = new AbortController();
    const fail = (error: unknown, retrying: boolean) =>
      setFailure({ status: "failed", message: errorMessage(error), retrying });
    const finish = () => {
      const done = waiting.current;
      waiting.current = [];
      for (const resolve of done) resolve();
    };
    const timer = setTimeout(() => {
      loadWithRetry((signal) => loadVerslag(meetingId, slotId, signal), {
        signal: controller.signal,
        onRetry: (error) => fail(error, true),
      }).then(
        (loaded) => {
          if (controller.signal.aborted) return;
          setOverview(loaded);
          setFailure(null);
          finish();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          fail(error, false);
          finish();
        },
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [meetingId, slotId, revision, round]);

  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        waiting.current.push(resolve);
        setRound((r) => r + 1);
      }),
    [],
  );
  return { overview, failure, reload };
}
