/**
 * The action API as the client uses it. Filters travel as ids and enums in the query string;
 * an action id is encoded before it goes into a path.
 */
import {
  ActionListSchema,
  ActionProgressListSchema,
  ActionViewSchema,
  CaseActionsSchema,
  SignalListSchema,
  type ActionView,
  type CaseActions,
  type ProgressNoteView,
  type SignalList,
} from "../../shared/api/actions.js";
import type { ActionStatus } from "../../shared/domain/action.js";
import { requestJson, requestVoid } from "../api/http.js";

/** The filters the Mijn acties page offers. */
export interface ActionFilters {
  scope: "mine" | "assigned" | "all";
  status: string;
  caseId: string;
  dueWithinDays: string;
  overdue: boolean;
  onvolledig?: boolean;
}

/** The filters as the API's query string. */
export function actionQuery(filters: ActionFilters): string {
  const params = new URLSearchParams();
  if (filters.scope === "mine") params.set("scope", "mine");
  if (filters.scope === "assigned") params.set("assignee", "me");
  if (filters.status !== "") params.set("status", filters.status);
  if (filters.caseId !== "") params.set("caseId", filters.caseId);
  if (filters.dueWithinDays !== "") params.set("dueWithinDays", filters.dueWithinDays);
  if (filters.overdue) params.set("overdue", "true");
  if (filters.onvolledig) params.set("onvolledig", "true");
  return params.toString();
}

/** The actions matching `filters`, most urgent first. */
export async function fetchActions(
  filters: ActionFilters,
  signal?: AbortSignal,
): Promise<ActionView[]> {
  const body = await requestJson("GET", `/api/actions?${actionQuery(filters)}`, ActionListSchema, {
    signal,
  });
  return body.actions;
}

/** Every action of one case with its progress. */
export function fetchCaseActions(caseId: string, signal?: AbortSignal): Promise<CaseActions> {
  return requestJson("GET", `/api/cases/${encodeURIComponent(caseId)}/actions`, CaseActionsSchema, {
    signal,
  });
}

/** Changes an action's status (with a reason for `vervallen`). */
export function changeActionStatus(
  actionId: string,
  status: ActionStatus,
  vervallenReden?: string,
): Promise<ActionView> {
  return requestJson("PATCH", `/api/actions/${encodeURIComponent(actionId)}`, ActionViewSchema, {
    body: vervallenReden === undefined ? { status } : { status, vervallenReden },
  });
}

/** Gives an action a new deadline (yyyy-mm-dd); answers the action as stored. */
export function changeActionDueDate(actionId: string, dueDate: string): Promise<ActionView> {
  return requestJson("PATCH", `/api/actions/${encodeURIComponent(actionId)}`, ActionViewSchema, {
    body: { dueDate },
  });
}

/**
 * Hands an action on: `responsible` as the plan stores it ("user:<userId>" or a name); answers the
 * action as stored (with the organisation a team member brings along).
 */
export function changeActionResponsible(
  actionId: string,
  responsible: string,
): Promise<ActionView> {
  return requestJson("PATCH", `/api/actions/${encodeURIComponent(actionId)}`, ActionViewSchema, {
    body: { responsible },
  });
}

/** Adds a progress note to an action; answers the action with it. */
export function addActionProgress(actionId: string, voortgang: string): Promise<ActionView> {
  return requestJson(
    "POST",
    `/api/actions/${encodeURIComponent(actionId)}/voortgang`,
    ActionViewSchema,
    { body: { voortgang } },
  );
}

/** Every progress note of an action, oldest first. */
export async function fetchActionProgress(
  actionId: string,
  signal?: AbortSignal,
): Promise<ProgressNoteView[]> {
  const body = await requestJson(
    "GET",
    `/api/actions/${encodeURIComponent(actionId)}/voortgang`,
    ActionProgressListSchema,
    { signal },
  );
  return body.notes;
}

/** The signed-in user's signals with the unread count. */
export function fetchSignals(signal?: AbortSignal): Promise<SignalList> {
  return requestJson("GET", "/api/signals", SignalListSchema, { signal });
}

/** Marks one signal read. */
export function markSignalRead(signalId: string): Promise<void> {
  return requestVoid("POST", `/api/signals/${encodeURIComponent(signalId)}/read`);
}
