/**
 * The audit trail as the Beheer page shows it: the first page of the applied filter through
 * `useLoader` (so it rides out an outage like every page), then older pages appended one at a time
 * with "Meer laden". Changing the filter starts afresh and drops a "Meer laden" still under way.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AuditFilter, AuditPage } from "../../shared/api/audit.js";
import { errorMessage } from "../api/errorMessage.js";
import { useLoader, type Load } from "../api/useLoader.js";
import { appendAuditPage, auditFilterQuery, fetchAuditPage } from "./auditApi.js";

/** Whether an older page is being loaded, or why it could not be. */
export type MoreState =
  { status: "idle" } | { status: "loading" } | { status: "failed"; message: string };

/** The pages loaded for `filter`, with `loadMore` for the next older one and `reload` for a fresh start. */
export function useAuditTrail(filter: AuditFilter): {
  state: Load<AuditPage>;
  more: MoreState;
  loadMore: () => void;
  reload: () => void;
} {
  const key = auditFilterQuery(filter);
  const { state, reload, replace } = useLoader(key, (signal) =>
    fetchAuditPage(filter, null, signal),
  );
  const [more, setMore] = useState<MoreState>({ status: "idle" });
  const pending = useRef<AbortController | null>(null);

  // A new filter or a fresh load makes an older page of the previous one meaningless.
  useEffect(() => {
    pending.current?.abort();
    pending.current = null;
    setMore({ status: "idle" });
  }, [key]);
  useEffect(() => () => pending.current?.abort(), []);

  const nextBefore = state.status === "loaded" ? state.value.nextBefore : null;
  const loadMore = useCallback(() => {
    if (nextBefore === null || pending.current !== null) return;
    const controller = new AbortController();
    pending.current = controller;
    setMore({ status: "loading" });
    fetchAuditPage(filter, nextBefore, controller.signal).then(
      (next) => {
        if (controller.signal.aborted) return;
        pending.current = null;
        // Only onto the page this older one follows; a reload meanwhile has its own cursor.
        replace((page) => (page.nextBefore === nextBefore ? appendAuditPage(page, next) : page));
        setMore({ status: "idle" });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        pending.current = null;
        setMore({ status: "failed", message: errorMessage(error) });
      },
    );
    // `filter` is named by `key`.
  }, [key, nextBefore, replace]);

  const restart = useCallback(() => {
    pending.current?.abort();
    pending.current = null;
    setMore({ status: "idle" });
    reload();
  }, [reload]);

  return { state, more, loadMore, reload: restart };
}
