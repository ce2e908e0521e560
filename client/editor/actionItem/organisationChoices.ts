/** The choices of an action's "Uitvoerende organisatie". */
import { messages } from "../../i18n/messages.js";
import type { Choice } from "./actionItemContext.js";

/** The name of organisation `id`, never its id: "Onbekende organisatie" for one that is gone. */
export function organisationNameOf(names: Readonly<Record<string, string>>, id: string): string {
  return names[id] ?? messages.caseWorkspace.action.unknownOrganisation;
}

/**
 * The case's partner organisations, plus the action's own when it is not among them (its member
 * moved to another organisation, or left the team), labelled by its name, never by its id.
 */
export function organisationChoices(
  partners: readonly Choice[],
  current: string,
  names: Readonly<Record<string, string>>,
): readonly Choice[] {
  if (current === "" || partners.some((c) => c.value === current)) return partners;
  return [...partners, { value: current, label: organisationNameOf(names, current) }];
}
