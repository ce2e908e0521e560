/**
 * Keeps a list page current without a live document behind it: when the user comes back to the
 * page (its tab shown again, its window focused) it loads again, at most once per
 * `RETURN_REFRESH_GAP_MS`. There is deliberately no timer: a list read is audited, and a screen
 * left open on a desk should not fill the audit trail with reads nobody made.
 */
import { useEffect } from "react";

/** Shortest time between two refreshes on return (alt-tabbing back and forth loads once). */
export const RETURN_REFRESH_GAP_MS = 15_000;

/** Calls `reload` when the user returns to the page; `reload` must be stable (`useLoader`'s is). */
export function useRefreshOnReturn(reload: () => void): void {
  useEffect(() => {
    // Counted from when the page mounted, which is when it loaded.
    let last = performance.now();
    const onReturn = (): void => {
      if (document.visibilityState !== "visible") return;
      const now = performance.now();
      if (now - last < RETURN_REFRESH_GAP_MS) return;
      last = now;
      reload();
    };
    document.addEventListener("visibilitychange", onReturn);
    window.addEventListener("focus", onReturn);
    return () => {
      document.removeEventListener("visibilitychange", onReturn);
      window.removeEventListener("focus", onReturn);
    };
  }, [reload]);
}
