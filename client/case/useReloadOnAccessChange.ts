/**
 * Loads the case again when the server changed what the user may do with its open documents:
 * - it re-checked their access and kept them open (the case closed, a partner was made read-only
 *   or writable again, the phase moved on): the header's phase and whether the editors write
 *   follow at once, on every screen that has the case open;
 * - it closed one of them because the access is gone (taken off the case team, the case
 *   destroyed, the session ended): the case, as the server now answers it (not visible), takes
 *   the documents and the betrokkenen off the screen.
 * The four documents are told together, so one load follows a burst of re-checks or closes.
 */
import { useEffect, useRef } from "react";
import type { CaseDetail } from "../../shared/api/cases.js";
import { fetchCase } from "../api/caseDetail.js";
import { loadWithRetry } from "../api/loadWithRetry.js";

/** How long to wait for the other documents' re-checks before loading once. */
const SETTLE_MS = 150;

/**
 * Calls `onLoaded` with the case as the server answers it (null: no longer visible) whenever
 * `checks` (the re-checks counted over the case's documents) went up or `lost` turned true.
 */
export function useReloadOnAccessChange(
  caseId: string,
  checks: number,
  lost: boolean,
  onLoaded: (view: CaseDetail | null) => void,
): void {
  const latest = useRef(onLoaded);
  latest.current = onLoaded;
  useEffect(() => {
    if (checks === 0 && !lost) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // After a lost access the answer must come, or the case would stay on screen: tried again
      // while the server cannot be reached. A re-check's reload may wait for the next load.
      const load = lost
        ? loadWithRetry((signal) => fetchCase(caseId, signal), { signal: controller.signal })
        : fetchCase(caseId, controller.signal);
      load
        .then((view) => latest.current(view))
        // Not loaded (the page left, or a failure that waiting does not mend): the page stays.
        .catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [caseId, checks, lost]);
}
