/**
 * Adds a progress note to an action (`POST /api/actions/:id/voortgang`): whoever may change the
 * action may write how it stands. The server stamps who and when and keeps the note in the
 * metadata store (progressRepository.ts), not in the plan's document, so no editor can forge or
 * remove one. The check of the limits and the append happen in one synchronous step, so requests
 * at once cannot pass a limit together.
 */
import type { ActionProgressInput } from "../../shared/api/actions.js";
import { MAX_PROGRESS_NOTES, MAX_PROGRESS_NOTES_PER_DAY } from "../../shared/domain/action.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { memberOrganisationOf } from "../commands/memberOrganisation.js";
import { conflict, tooMany } from "../errors.js";
import { changeableAction, type ActionChangeDeps, type ChangedAction } from "./actionChanger.js";

/**
 * Adds the note for `principal` now to the action with API id `apiId`. An action holding
 * `MAX_PROGRESS_NOTES` takes no more (409), and one person adds at most
 * `MAX_PROGRESS_NOTES_PER_DAY` to it per Dutch calendar day (429): nobody fills an action's
 * history so that no one else could add to it.
 */
export async function addActionProgress(
  deps: ActionChangeDeps,
  principal: Principal,
  apiId: string,
  input: ActionProgressInput,
): Promise<ChangedAction> {
  const found = changeableAction(deps, principal, apiId);
  const { case: c, action } = found;
  const notes = deps.store.progress.of(c.id, action.key);
  if (notes.length >= MAX_PROGRESS_NOTES) {
    throw conflict(
      `Deze actie heeft al ${MAX_PROGRESS_NOTES} voortgangsnotities; meer worden niet bewaard.`,
    );
  }
  const now = deps.now();
  const today = dutchDate(now);
  const mineToday = notes.filter(
    (note) => note.by === principal.userId && dutchDate(new Date(note.at)) === today,
  );
  if (mineToday.length >= MAX_PROGRESS_NOTES_PER_DAY) {
    throw tooMany(
      `U heeft vandaag al ${MAX_PROGRESS_NOTES_PER_DAY} voortgangsnotities bij deze actie geschreven. Morgen kan het weer.`,
    );
  }
  const at = now.toISOString();
  const member = c.participants.find((p) => p.userId === principal.userId);
  const stored = deps.store.progress.add({
    caseId: c.id,
    actionKey: action.key,
    at,
    by: principal.userId,
    organisationId: member
      ? (memberOrganisationOf(deps.store, member) ?? principal.organisationId)
      : principal.organisationId,
    text: input.voortgang,
  });
  deps.recordAudit({
    outsidePlan: true,
    at,
    userIds: [principal.userId],
    caseId: c.id,
    actionKey: action.key,
    what: "gewijzigd",
    fields: ["progress"],
    via: "api",
  });
  await stored;
  deps.actionsChanged(c.id);
  return { case: c, action };
}
