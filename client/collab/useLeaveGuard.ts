/** Asks the user before they leave a page whose changes are not yet stored. */
import { useEffect } from "react";
import { useBlocker } from "react-router";

/**
 * While `active`, leaving the page is confirmed first: closing or reloading the tab shows the
 * browser's own "leave page?" dialog, and following a link to another page of the app asks
 * `question`. Changing only the query (another document tab of the same case) is not leaving.
 */
export function useLeaveGuard(active: boolean, question: string): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set; the text itself is never shown.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [active]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      active && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, question]);
}
