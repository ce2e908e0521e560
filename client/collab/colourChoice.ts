/**
 * Keeps two people in one document from showing the same caret and presence colour. The palette
 * has eight colours, so with six people at the table two own colours (`userColour`) almost always
 * coincide. Every client decides its own colour from the states it sees, by rules that lead all
 * clients to the same outcome without talking about it:
 *   - someone who becomes present takes their own colour if nobody shows it yet, or else the first
 *     colour nobody shows (people already there keep theirs: see `colourOnArrival`);
 *   - if two people still show the same colour (they arrived at the same moment), the one with the
 *     lower awareness client id keeps it and the other moves (`colourAmong`).
 * Each person moves only for people with lower ids, so the colours settle after at most one move
 * per person. With more than eight people some colours repeat.
 */
import { PRESENCE_COLOURS } from "./userColour.js";

/** The colour another person's client shows. */
export interface ShownColour {
  clientId: number;
  color: string;
}

/** Identifies a person across their tabs: several clients of one person are not "others". */
export function personKey(name: string, organisation: string): string {
  return `${name}\u0000${organisation}`;
}

/** The colours other people's clients show in `states` (awareness states by client id). */
export function coloursOfOthers(
  states: ReadonlyMap<number, unknown>,
  selfClientId: number,
  selfPerson: string,
): ShownColour[] {
  const shown: ShownColour[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfClientId || typeof state !== "object" || state === null) continue;
    const user = (state as { user?: unknown }).user;
    if (typeof user !== "object" || user === null) continue;
    const { name, organisation, color } = user as Record<string, unknown>;
    if (typeof name !== "string" || typeof organisation !== "string") continue;
    if (typeof color !== "string" || personKey(name, organisation) === selfPerson) continue;
    shown.push({ clientId, color });
  }
  return shown;
}

/** The first palette colour not in `taken`, or undefined when all are. */
function firstFree(taken: ReadonlySet<string>): string | undefined {
  return PRESENCE_COLOURS.find((colour) => !taken.has(colour));
}

/** The colour to take on becoming present: `own` unless someone shows it, then a free one. */
export function colourOnArrival(own: string, others: readonly ShownColour[]): string {
  const taken = new Set(others.map((o) => o.color));
  return taken.has(own) ? (firstFree(taken) ?? own) : own;
}

/**
 * The colour to show now. `chosen` is what this client took on arrival, `current` what it shows:
 * it keeps `chosen`, or else `current`, as long as nobody with a lower client id shows it, and
 * otherwise moves to the first colour nobody shows (or at least nobody with a lower id).
 */
export function colourAmong(
  chosen: string,
  current: string,
  selfClientId: number,
  others: readonly ShownColour[],
): string {
  const takenBelow = new Set(others.filter((o) => o.clientId < selfClientId).map((o) => o.color));
  if (!takenBelow.has(chosen)) return chosen;
  if (!takenBelow.has(current)) return current;
  return firstFree(new Set(others.map((o) => o.color))) ?? firstFree(takenBelow) ?? chosen;
}
