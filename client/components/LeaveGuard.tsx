/**
 * Asks the user before they leave a page whose changes are not yet stored. Any component may hold
 * a guard (`useLeaveGuard`): the case documents while edits wait for the server, the meeting room
 * while a samenvatting is not fixed. React Router consults only one navigation blocker, so the
 * frame holds the single blocker (`LeaveGuardProvider`) and asks the first active guard's question.
 */
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from "react";
import { useBlocker, type BlockerFunction } from "react-router";

/** The active guards' questions, by guard. */
type Questions = Map<symbol, string>;

const LeaveGuardContext = createContext<Questions | null>(null);

/**
 * Holds the one blocker: following a link to another page of the app asks the question of the
 * first active guard. Changing only the query (another document tab of the same case) is not
 * leaving.
 */
export function LeaveGuardProvider({ children }: { children: ReactNode }) {
  const questions = useRef<Questions>(new Map()).current;
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      questions.size > 0 && currentLocation.pathname !== nextLocation.pathname,
    [questions],
  );
  const blocker = useBlocker(shouldBlock);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    const [question] = questions.values();
    if (question === undefined || window.confirm(question)) blocker.proceed();
    else blocker.reset();
  }, [blocker, questions]);
  return <LeaveGuardContext.Provider value={questions}>{children}</LeaveGuardContext.Provider>;
}

/**
 * While `active`, leaving the page is confirmed first: closing or reloading the tab shows the
 * browser's own "leave page?" dialog, and following a link to another page of the app asks
 * `question` (through the frame's `LeaveGuardProvider`).
 */
export function useLeaveGuard(active: boolean, question: string): void {
  const questions = useContext(LeaveGuardContext);
  if (questions === null) throw new Error("useLeaveGuard outside a LeaveGuardProvider");
  useEffect(() => {
    if (!active) return undefined;
    const guard = Symbol("leave guard");
    questions.set(guard, question);
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set; the text itself is never shown.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      questions.delete(guard);
      window.removeEventListener("beforeunload", warn);
    };
  }, [active, question, questions]);
}
