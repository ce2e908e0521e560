/** A stable caret and presence colour per user, chosen from a palette readable with white text. */

/** Colours with enough contrast against white label text (WCAG AA for large text and better). */
export const PRESENCE_COLOURS = [
  "#1f5fa8",
  "#a3320b",
  "#2e6b30",
  "#7b2d8b",
  "#0f6e6e",
  "#8a5a00",
  "#b0154f",
  "#44546a",
] as const;

/** The colour of `userId`: the same on every device, so people recognise each other. */
export function userColour(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) >>> 0;
  return PRESENCE_COLOURS[hash % PRESENCE_COLOURS.length] ?? PRESENCE_COLOURS[0];
}
