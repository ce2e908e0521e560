/**
 * A text field bound to a shared value that others may change at the same time. While the user
 * types, a local draft is shown (remote changes do not make the cursor jump); the draft is
 * written after a short pause, on leaving the field, and when the field goes away (the meeting
 * room moving to the next agenda item must not lose half-typed text). Once written, the field
 * follows the shared value again, even while it keeps focus, so leaving it never writes back text
 * that someone else has replaced in the meantime.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { PendingText } from "./pendingText.js";

/** Pause after the last keystroke before a draft is written. */
const COMMIT_DELAY_MS = 400;

/** Props of a draft text field. */
export interface DraftTextProps {
  id: string;
  value: string;
  disabled?: boolean;
  list?: string;
  onCommit: (value: string) => void;
}

/** An input that shows the shared value unless the user is editing it. */
export function DraftText({ id, value, disabled, list, onCommit }: DraftTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  // The latest shared value and writer, for a write that happens after this render.
  const shared = useRef(value);
  shared.current = value;
  const latest = useRef(onCommit);
  latest.current = onCommit;
  const [pending] = useState(
    () =>
      new PendingText((text) => {
        if (text !== shared.current) latest.current(text);
      }, COMMIT_DELAY_MS),
  );

  // A layout effect on purpose: when a whole panel goes away, React runs the layout cleanups of
  // the removed components before any passive cleanup, so the draft is written before the page
  // closes the live document it belongs to (useCollabSession closes it in a passive effect).
  useLayoutEffect(() => () => pending.flush(), [pending]);
  // The shared value changed (someone else's edit, or ours coming back): show it, unless the
  // user has typed something not written yet.
  useEffect(() => {
    if (!pending.pending) setDraft(null);
  }, [value, pending]);

  const change = (text: string) => {
    setDraft(text);
    pending.change(text);
  };
  const blur = () => {
    pending.flush();
    setDraft(null);
  };

  const shown = draft ?? value;
  return (
    <input
      id={id}
      type="text"
      value={shown}
      disabled={disabled}
      list={list}
      onChange={(e) => change(e.target.value)}
      onBlur={blur}
    />
  );
}
