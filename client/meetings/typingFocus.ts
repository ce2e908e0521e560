/** Whether someone is typing in part of the page: the focus is in a text field or editor there. */

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

/** True when the focused element lies in `container` and takes typed text. */
export function isTypingIn(container: Element | null, focused: Element | null): boolean {
  if (container === null || focused === null || !container.contains(focused)) return false;
  if (focused instanceof HTMLElement && focused.isContentEditable) return true;
  if (focused instanceof HTMLTextAreaElement) return true;
  return focused instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(focused.type);
}
