/**
 * A case's action progress and who is behind, from its actions as the API shows them: the server
 * answers it with `GET /api/cases/:id/actions`, and the page works it out again after changing one
 * action, so the summary above the table never lags behind the row.
 */
import type { ActionView, CaseActions } from "./actions.js";

/**
 * Progress counts afgerond against every live action that did not lapse (`vervallen`); who is
 * behind names each responsible (with their organisation) by their number of overdue actions.
 */
export function caseActionSummary(
  actions: readonly ActionView[],
): Pick<CaseActions, "progress" | "behind"> {
  const live = actions.filter((view) => view.removed === null);
  const afgerond = live.filter((view) => view.status === "afgerond").length;
  const vervallen = live.filter((view) => view.status === "vervallen").length;
  const late = live.filter((view) => view.effectiveStatus === "te_laat");
  const behind = new Map<string, number>();
  for (const view of late) {
    const who =
      view.responsible?.type === "user"
        ? view.responsible.displayName
        : (view.responsible?.name ?? view.organisationName ?? "");
    const label =
      view.organisationName && who !== view.organisationName
        ? `${who} (${view.organisationName})`
        : who;
    behind.set(label, (behind.get(label) ?? 0) + 1);
  }
  return {
    progress: { afgerond, totaal: live.length - vervallen, teLaat: late.length },
    behind: [...behind]
      .map(([who, overdue]) => ({ who, overdue }))
      .sort((a, b) => b.overdue - a.overdue),
  };
}
