/**
 * The "Verantwoordelijke" field speaks in names, the plan document in ids: a participant is stored
 * as "user:<userId>" (so the server can follow the action up with that user) but shown and picked
 * as "Name (Organisation)"; anyone else is the free text said at the table.
 */
import type { Choice } from "./actionItemContext.js";

/** The text shown for a stored responsible: the participant's label, else the stored text. */
export function responsibleText(stored: string, people: readonly Choice[]): string {
  return people.find((person) => person.value === stored)?.label ?? stored;
}

/** What to store for the text typed or picked: the participant with that label, else the text. */
export function responsibleValue(text: string, people: readonly Choice[]): string {
  const trimmed = text.trim();
  return people.find((person) => person.label === trimmed)?.value ?? trimmed;
}
