/**
 * The Mijn acties filters in the page's address (`/mijn-acties?toon=alle&status=te_laat`), so a
 * reload, the back button or a bookmark keeps them. Only what differs from the page's opening
 * filters is written, by enums and a case id, never a name; anything unknown in the address is
 * ignored for the opening value.
 */
import type { ActionFilters } from "./actionsApi.js";

/** The statuses one can filter on, in the order of the work. */
export const STATUS_CHOICES = [
  "open",
  "in_uitvoering",
  "te_laat",
  "afgerond",
  "vervallen",
] as const;
/** Deadline windows offered, in days. */
export const DUE_CHOICES = [7, 14, 30] as const;

/** The address's words for the scopes. */
const SCOPE_WORDS: Record<ActionFilters["scope"], string> = {
  mine: "mijn",
  assigned: "toegewezen",
  all: "alle",
};

/** The parameter names in the address. */
const PARAM = {
  scope: "toon",
  status: "status",
  caseId: "casus",
  dueWithinDays: "binnen",
  overdue: "telaat",
} as const;

/** The filters an address names, each filter not named (or not understood) as in `opening`. */
export function filtersFromSearch(params: URLSearchParams, opening: ActionFilters): ActionFilters {
  const scopeWord = params.get(PARAM.scope);
  const scope = (Object.keys(SCOPE_WORDS) as ActionFilters["scope"][]).find(
    (key) => SCOPE_WORDS[key] === scopeWord,
  );
  const status = params.get(PARAM.status);
  const caseId = params.get(PARAM.caseId);
  const due = params.get(PARAM.dueWithinDays);
  const overdue = params.get(PARAM.overdue);
  return {
    ...opening,
    scope: scope ?? opening.scope,
    status: STATUS_CHOICES.some((s) => s === status) ? (status ?? "") : opening.status,
    caseId: caseId !== null && /^[\w-]{1,100}$/.test(caseId) ? caseId : opening.caseId,
    dueWithinDays: DUE_CHOICES.some((d) => String(d) === due) ? (due ?? "") : opening.dueWithinDays,
    overdue: overdue === null ? opening.overdue : overdue === "1",
  };
}

/** The address parameters for `filters`: only those that differ from `opening`. */
export function searchOfFilters(filters: ActionFilters, opening: ActionFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.scope !== opening.scope) params.set(PARAM.scope, SCOPE_WORDS[filters.scope]);
  if (filters.status !== opening.status) params.set(PARAM.status, filters.status);
  if (filters.caseId !== opening.caseId) params.set(PARAM.caseId, filters.caseId);
  if (filters.dueWithinDays !== opening.dueWithinDays) {
    params.set(PARAM.dueWithinDays, filters.dueWithinDays);
  }
  if (filters.overdue !== opening.overdue) params.set(PARAM.overdue, filters.overdue ? "1" : "0");
  return params;
}
