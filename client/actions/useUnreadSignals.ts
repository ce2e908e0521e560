/**
 * The signed-in user's unread signal count, refreshed on every page change, once a minute, and at
 * once when a signal is marked read on this page (`refreshUnreadSignals`), so the menu's badge
 * never counts one the user just read.
 */
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { fetchSignals } from "./actionsApi.js";

const REFRESH_MS = 60_000;

/** Told when the user read a signal here; every badge on the page counts again. */
const signalsChanged = new EventTarget();

/** Has the menu count the unread signals again (after one was marked read). */
export function refreshUnreadSignals(): void {
  signalsChanged.dispatchEvent(new Event("changed"));
}

/** Unread signals of the signed-in user; 0 until known or when the request fails. */
export function useUnreadSignals(): number {
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const load = () => {
      fetchSignals(controller.signal).then(
        (list) => setUnread(list.unread),
        () => undefined, // A failed count is not worth an error on every page; the page itself reports.
      );
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    signalsChanged.addEventListener("changed", load);
    return () => {
      controller.abort();
      clearInterval(timer);
      signalsChanged.removeEventListener("changed", load);
    };
  }, [pathname]);
  return unread;
}
