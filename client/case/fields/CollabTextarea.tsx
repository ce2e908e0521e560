/**
 * A textarea bound live to a Y.Text: what the user types is written at once, keystroke by
 * keystroke, and what others type appears without moving the caret (client/collab/textareaBinding.ts).
 * The textarea is uncontrolled: the binding, not React, owns its value.
 */
import { useLayoutEffect, useRef } from "react";
import type * as Y from "yjs";
import { bindTextarea } from "../../collab/textareaBinding.js";

/** Props of a bound textarea. */
export interface CollabTextareaProps {
  id: string;
  /** The shared text; null while the document has none yet (see `fallback`). */
  text: Y.Text | null;
  /** Shown, read-only, while there is no `text` (a note an older version stored as a string). */
  fallback: string;
  disabled?: boolean;
}

/** The textarea; read-only without a Y.Text, so nobody writes text that has nowhere to go. */
export function CollabTextarea({ id, text, fallback, disabled }: CollabTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Only matters without a Y.Text: with one, a changing fallback must not rebind the field.
  const shownFallback = text === null ? fallback : null;
  // A layout effect, so the text is there before the field is first painted.
  useLayoutEffect(() => {
    const textarea = ref.current;
    if (textarea === null) return undefined;
    if (text !== null) return bindTextarea(textarea, text);
    textarea.value = shownFallback ?? "";
    return undefined;
  }, [text, shownFallback]);
  return <textarea ref={ref} id={id} rows={2} disabled={disabled} readOnly={text === null} />;
}
