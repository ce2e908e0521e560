/**
 * Whether someone is typing in part of the page: the focus is in a text field or editor there, and
 * they typed (a key, or input such as a paste) there a moment ago. A cursor left in a field
 * minutes ago is no typing: that partner follows the chair as everyone else does.
 */

/** How long after the last input someone still counts as typing. */
export const TYPING_PAUSE_MS = 10_000;

const TEXT_INPUT_TYPES = new Set([
  "text",
  "search",
  "date",
  "time",
  "number",
  "email",
  "tel",
  "url",
]);

/**
 * True when the focused element lies in `container` and takes typed text, and the last input in
 * `container` was at `lastInputAt` less than `TYPING_PAUSE_MS` before `now`.
 */
export function isTypingIn(
  container: Element | null,
  focused: Element | null,
  lastInputAt: number,
  now: number = Date.now(),
): boolean {
  if (now - lastInputAt >= TYPING_PAUSE_MS) return false;
  if (container === null || focused === null || !container.contains(focused)) return false;
  if (focused instanceof HTMLElement && focused.isContentEditable) return true;
  if (focused instanceof HTMLTextAreaElement) return true;
  return focused instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(focused.type);
}
