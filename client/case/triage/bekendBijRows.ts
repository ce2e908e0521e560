/**
 * The rows of "bekend bij ons": every organisation asked (the case's triage partners), then every
 * organisation that answered but is no longer asked (its member moved to another organisation or
 * left the team). Such an answer still counts in the outcome, so it still shows, by name.
 */
import type { AnswerEntry } from "../../../shared/docs/triageDoc.js";
import { organisationNameOf } from "../../editor/actionItem/organisationChoices.js";
import { messages } from "../../i18n/messages.js";

const t = messages.caseWorkspace.triage;

/** One row: the organisation's id and the name it is shown by. */
export interface BekendBijRow {
  id: string;
  name: string;
}

/** The rows for `partners` and the answers given, former partners last and marked as such. */
export function bekendBijRows(
  partners: readonly BekendBijRow[],
  answers: Readonly<Record<string, AnswerEntry>>,
  organisationNames: Readonly<Record<string, string>>,
): BekendBijRow[] {
  const asked = new Set(partners.map((p) => p.id));
  const former = Object.keys(answers)
    .filter((id) => !asked.has(id))
    .map((id) => ({ id, name: t.formerPartner(organisationNameOf(organisationNames, id)) }));
  return [...partners, ...former];
}
