/** Asks the browser to warn before the page is left while changes are not yet stored. */
import { useEffect } from "react";

/** While `active`, closing or reloading the tab shows the browser's "leave page?" dialog. */
export function useUnloadGuard(active: boolean): void {
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
}
