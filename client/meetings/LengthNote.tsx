/**
 * Says, under a text field with a limit, how much room is left once little is, and that text
 * beyond the limit was cut off: the browser cuts a paste at `maxLength` without a word.
 */
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** From how many characters before the limit the note shows. */
const WARN_WITHIN = 200;

/** The note for a field holding `length` of at most `max` characters; null while there is room. */
export function lengthNote(length: number, max: number): string | null {
  if (length >= max) return t.lengthAtMax(max);
  return max - length <= WARN_WITHIN ? t.lengthLeft(max - length) : null;
}

/** The note as a polite live region; `id` lets the field point at it (`aria-describedby`). */
export function LengthNote({ id, length, max }: { id: string; length: number; max: number }) {
  const note = lengthNote(length, max);
  return (
    <p id={id} className="muted" aria-live="polite">
      {note}
    </p>
  );
}
