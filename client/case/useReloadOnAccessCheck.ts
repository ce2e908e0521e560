/**
 * Loads the case again after the server re-checked the access of its open documents (the case
 * closed, a partner was made read-only or writable again, the phase moved on): the header's phase
 * and whether the editors write follow at once, on every screen that has the case open. The four
 * documents are told together, so one load follows a burst of re-checks.
 */
import { useEffect, useRef } from "react";
import type { CaseDetail } from "../../shared/api/cases.js";
import { fetchCase } from "../api/caseDetail.js";

/** How long to wait for the other documents' re-checks before loading once. */
const SETTLE_MS = 150;

/**
 * Calls `onLoaded` with the case as the server answers it whenever `checks` (the re-checks counted
 * over the case's documents) went up. A case that is gone by then is left to the documents' own
 * close (4403), which the page shows.
 */
export function useReloadOnAccessCheck(
  caseId: string,
  checks: number,
  onLoaded: (view: CaseDetail) => void,
): void {
  const latest = useRef(onLoaded);
  latest.current = onLoaded;
  useEffect(() => {
    if (checks === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchCase(caseId, controller.signal)
        .then((view) => {
          if (view !== null) latest.current(view);
        })
        // Not loaded now (the server unreachable, or the page left): the next load shows it.
        .catch(() => undefined);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [caseId, checks]);
}
