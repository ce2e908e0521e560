/**
 * What a page does when the server takes a user's access to an open document away: it loads what
 * it shows again, and the server's answer (no access) takes the content off the screen.
 */
import { useEffect, useRef } from "react";

/** Calls `then` each time `lost` turns true (see `lostAccess`). */
export function useWhenAccessLost(lost: boolean, then: () => void): void {
  const latest = useRef(then);
  latest.current = then;
  useEffect(() => {
    if (lost) latest.current();
  }, [lost]);
}
