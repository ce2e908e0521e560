/**
 * The "Verantwoordelijke" field speaks in names, the plan document in ids. A member of the case
 * team (casusteam) is stored as "user:<userId>", so the action reaches their Mijn acties and the
 * casusregisseur's follow-up knows who it is, but shown and picked as "Name (Organisation)".
 * Anyone else (a school's mentor, a wijkagent without an account) is the free text said at the
 * table.
 *
 * Typed text names a team member when it is their label or their display name, ignoring case and
 * extra spaces. A display name two members share names the one of the action's organisation; if
 * that does not single one out, the text stays free text until a label is picked from the list.
 */
import {
  formatResponsible,
  organisationFollowing,
  parseResponsible,
} from "../../../shared/domain/action.js";
import { ACTION_ITEM_ATTRS } from "../../../shared/docs/actionItemNode.js";
import { messages } from "../../i18n/messages.js";
import type { ActionItemAttrPatch } from "./actionItemAttrs.js";
import type { TeamPerson } from "./actionItemContext.js";

/** How a team member is shown and picked: "Name (Organisation)". */
export function personLabel(person: TeamPerson): string {
  return person.organisationName === ""
    ? person.displayName
    : `${person.displayName} (${person.organisationName})`;
}

/** Text as the field compares it: trimmed, single spaces, lower case. */
function comparable(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");
}

/** The one team member `text` names (see the header), or null. */
export function teamMemberNamed(
  text: string,
  people: readonly TeamPerson[],
  organisationId: string,
): TeamPerson | null {
  const wanted = comparable(text);
  if (wanted === "") return null;
  // Someone without access any more is not given an action: their name stays free text.
  const active = people.filter((person) => person.active);
  const byLabel = active.filter((person) => comparable(personLabel(person)) === wanted);
  if (byLabel.length === 1) return byLabel[0] ?? null;
  const byName = active.filter((person) => comparable(person.displayName) === wanted);
  const ofOrganisation = byName.filter((person) => person.organisationId === organisationId);
  const candidates = ofOrganisation.length > 0 ? ofOrganisation : byName;
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/** The team member a stored responsible refers to, or null (a name, or a user not in the team). */
export function teamMemberStored(stored: string, people: readonly TeamPerson[]): TeamPerson | null {
  const responsible = parseResponsible(stored);
  if (responsible.type !== "user") return null;
  return people.find((person) => person.userId === responsible.userId) ?? null;
}

/**
 * The text shown for a stored responsible: a team member's label, the free-text name, or a
 * neutral phrase for a user this page cannot name (no longer in the team, or the account is
 * gone); never the raw "user:<id>".
 */
export function responsibleText(stored: string, people: readonly TeamPerson[]): string {
  if (stored === "") return "";
  const responsible = parseResponsible(stored);
  if (responsible.type === "name") return responsible.name;
  const person = teamMemberStored(stored, people);
  if (person === null) return messages.caseWorkspace.action.notInTeam;
  return person.active
    ? personLabel(person)
    : messages.caseWorkspace.action.withoutAccess(personLabel(person));
}

/** The team members the field suggests: those of the action's organisation once one is chosen. */
export function responsibleSuggestions(
  people: readonly TeamPerson[],
  organisationId: string,
): TeamPerson[] {
  return people
    .filter((person) => person.active)
    .filter((person) => organisationId === "" || person.organisationId === organisationId)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "nl"));
}

/**
 * What to write for text typed or picked in the field: the team member it names as that user,
 * else the trimmed text (empty: no responsible).
 *
 * A team member brings their organisation along, also over one already chosen
 * (`organisationFollowing`, as the action API does); the select shows the change at once. A
 * free-text name leaves the organisation as it is.
 */
export function responsiblePatch(
  text: string,
  people: readonly TeamPerson[],
  organisationId: string,
): ActionItemAttrPatch {
  const person = teamMemberNamed(text, people, organisationId);
  if (person === null) {
    const name = text.trim();
    return { [ACTION_ITEM_ATTRS.responsible]: name === "" ? null : name };
  }
  const responsible = formatResponsible({ type: "user", userId: person.userId });
  const patch: ActionItemAttrPatch = { [ACTION_ITEM_ATTRS.responsible]: responsible };
  const moved = organisationFollowing(responsible, organisationId, () => person.organisationId);
  if (moved !== null) patch[ACTION_ITEM_ATTRS.organisationId] = moved;
  return patch;
}

/**
 * What to write when the organisation changes. For the same reason a picked person sets the
 * organisation, a team member of another organisation stops being responsible: the field empties
 * (the action shows "Onvolledig") and suggests the new organisation's people. A free-text name,
 * or a user this page cannot place, stays.
 */
export function organisationPatch(
  organisationId: string,
  stored: string,
  people: readonly TeamPerson[],
): ActionItemAttrPatch {
  const patch: ActionItemAttrPatch = {
    [ACTION_ITEM_ATTRS.organisationId]: organisationId === "" ? null : organisationId,
  };
  const person = teamMemberStored(stored, people);
  if (person !== null && organisationId !== "" && person.organisationId !== organisationId) {
    patch[ACTION_ITEM_ATTRS.responsible] = null;
  }
  return patch;
}
