/**
 * A text field bound to a shared value that others may change at the same time. While the user
 * types, a local draft is shown (remote changes do not make the cursor jump); the draft is
 * written after a short pause and on leaving the field. Once written, the field follows the
 * shared value again, even while it keeps focus, so leaving it never writes back text that
 * someone else has replaced in the meantime.
 */
import { useEffect, useRef, useState } from "react";

/** Pause after the last keystroke before a draft is written. */
const COMMIT_DELAY_MS = 400;

/** Props of a draft text field; `multiline` renders a textarea. */
export interface DraftTextProps {
  id: string;
  value: string;
  disabled?: boolean;
  multiline?: boolean;
  list?: string;
  onCommit: (value: string) => void;
}

/** An input (or textarea) that shows the shared value unless the user is editing it. */
export function DraftText({ id, value, disabled, multiline, list, onCommit }: DraftTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  /** True from a keystroke until that text is written: only then is the draft the user's own. */
  const unwritten = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onCommit);
  latest.current = onCommit;

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  // The shared value changed (someone else's edit, or ours coming back): show it, unless the
  // user has typed something not written yet.
  useEffect(() => {
    if (!unwritten.current) setDraft(null);
  }, [value]);

  const commit = (text: string) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    unwritten.current = false;
    if (text !== value) latest.current(text);
  };
  const change = (text: string) => {
    unwritten.current = true;
    setDraft(text);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(text), COMMIT_DELAY_MS);
  };
  const blur = () => {
    if (draft !== null && unwritten.current) commit(draft);
    setDraft(null);
  };

  const shown = draft ?? value;
  return multiline === true ? (
    <textarea
      id={id}
      value={shown}
      disabled={disabled}
      rows={2}
      onChange={(e) => change(e.target.value)}
      onBlur={blur}
    />
  ) : (
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
