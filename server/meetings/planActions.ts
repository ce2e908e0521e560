/**
 * The plan van aanpak's actions as an overleg shows them: the open ones carried over to the top of
 * a case's slot, and all of them in the verslag. Read from the plan document itself, so a guest
 * cleared for the slot sees them without access to the action tracking pages; their follow-up (the
 * progress notes) only those who follow the case's actions.
 */
import {
  ACTION_STATUS_LABELS,
  effectiveActionStatus,
  responsibleName,
  type ProgressNote,
} from "../../shared/domain/action.js";
import type { CarriedActionView, VerslagAction } from "../../shared/api/meetings.js";
import { readActionItems, type PlanActionItem } from "../../shared/docs/planDoc.js";
import { caseDocName } from "../../shared/wire/docNames.js";
import { UNKNOWN_USER_NAME } from "../../shared/domain/user.js";
import type { Store } from "../store/store.js";
import { withDocument, type DocumentOpener } from "./documentReader.js";
import { dutchCalendarDate } from "../../shared/domain/regionTime.js";

/** Every action item in the case's plan, in document order. */
export function readPlanActions(open: DocumentOpener, caseId: string): Promise<PlanActionItem[]> {
  return withDocument(open, caseDocName(caseId, "plan"), (doc) => readActionItems(doc).value);
}

function isFinished(action: PlanActionItem): boolean {
  return action.status === "afgerond" || action.status === "vervallen";
}

/** Who carries the action out, by name (a user whose account is gone reads neutrally). */
function responsibleOf(store: Store, value: string | null): string | null {
  if (value === null) return null;
  return responsibleName(value, (userId) => store.users.get(userId)?.displayName);
}

/** What the caller may know of an action's follow-up, as the overleg's route works it out. */
export interface CarriedFollowUp {
  /** The action's latest progress note, or undefined (also to whoever may not read notes). */
  latestNote(action: PlanActionItem): ProgressNote | undefined;
  /** The API id to add a note with, for one the caller may add to; else null. */
  progressActionId(action: PlanActionItem): string | null;
}

/** No follow-up: no notes, none to add (a verslag, or a caller who does not follow the actions). */
export const NO_FOLLOW_UP: CarriedFollowUp = {
  latestNote: () => undefined,
  progressActionId: () => null,
};

/**
 * The actions still open (open, in uitvoering, or without status), overdue ones flagged, each with
 * its latest progress note (its writer by name) and whether the caller may add one, as `followUp`
 * says.
 */
export function carriedActions(
  store: Store,
  actions: PlanActionItem[],
  today: string,
  followUp: CarriedFollowUp = NO_FOLLOW_UP,
): CarriedActionView[] {
  return actions
    .filter((action) => !isFinished(action))
    .map((action) => {
      const latest = followUp.latestNote(action);
      return {
        id: action.id,
        progressActionId: followUp.progressActionId(action),
        text: action.text,
        organisationName:
          action.organisationId === null
            ? null
            : (store.organisations.get(action.organisationId)?.name ?? null),
        responsible: responsibleOf(store, action.responsible),
        dueDate: action.dueDate,
        status: action.status,
        overdue: action.dueDate !== null && action.dueDate < today,
        lastProgress:
          latest === undefined
            ? null
            : {
                at: latest.at,
                by: store.users.get(latest.by)?.displayName ?? UNKNOWN_USER_NAME,
                text: latest.text,
              },
      };
    });
}

/** What a verslag prints where an action lacks a value. */
const MISSING = "-";

/**
 * Whether an action lacks who carries it out or by when (an organisation that is no longer known
 * counts as none): fixed so in a verslag, it records an agreement nobody can be held to.
 */
export function isIncompleteAction(store: Store, action: PlanActionItem): boolean {
  const organisation =
    action.organisationId === null ? undefined : store.organisations.get(action.organisationId);
  return (
    organisation === undefined ||
    (action.responsible ?? "").trim() === "" ||
    action.dueDate === null
  );
}

/**
 * Every action as a verslag row on `today` (yyyy-mm-dd): Dutch status labels, "Te laat" for an
 * unfinished action past its due date (as Mijn acties shows it), dates as dd-mm-jjjj, and empty
 * cells as a dash.
 */
export function verslagActions(
  store: Store,
  actions: PlanActionItem[],
  today: string,
): VerslagAction[] {
  return actions.map((action) => ({
    text: action.text || MISSING,
    organisation:
      action.organisationId === null
        ? MISSING
        : (store.organisations.get(action.organisationId)?.name ?? MISSING),
    responsible: responsibleOf(store, action.responsible) ?? MISSING,
    dueDate: action.dueDate === null ? MISSING : dutchCalendarDate(action.dueDate),
    status:
      action.status === null
        ? MISSING
        : ACTION_STATUS_LABELS[
            action.dueDate === null
              ? action.status
              : effectiveActionStatus({ status: action.status, dueDate: action.dueDate }, today)
          ],
  }));
}
