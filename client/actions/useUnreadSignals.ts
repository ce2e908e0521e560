/** The signed-in user's unread signal count, refreshed on every page change and once a minute. */
import { useEffect, useState } from "react";
import { useLocation } from "react-router";
import { fetchSignals } from "./actionsApi.js";

const REFRESH_MS = 60_000;

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
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [pathname]);
  return unread;
}
