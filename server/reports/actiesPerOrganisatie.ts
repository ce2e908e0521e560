/**
 * Actions per partner organisation: how many are open, in uitvoering and te laat today, and how
 * many were completed in the period. Vervallen actions are not counted. Organisation names are no
 * personal data; the actions' texts and responsible persons never reach this code.
 */
import type { ActionCounts, Report, ReportPeriod } from "../../shared/api/reports.js";
import { isActionOverdue } from "../../shared/domain/action.js";
import { inPeriod } from "./dutchTime.js";
import type { ActionFacts } from "./reportFacts.js";

/** Nothing counted yet. */
const none = (): ActionCounts => ({ open: 0, inUitvoering: 0, teLaat: 0, afgerondInPeriode: 0 });

/** Which count an action adds to, or null when it adds to none. */
function countOf(
  action: ActionFacts,
  period: ReportPeriod,
  today: string,
): keyof ActionCounts | null {
  // An action whose status cannot be read is still in the plan and unfinished: it counts as open.
  const status = action.status ?? "open";
  if (status === "vervallen") return null;
  if (status === "afgerond")
    return inPeriod(action.completedOn, period) ? "afgerondInPeriode" : null;
  if (action.dueDate !== null && isActionOverdue({ status, dueDate: action.dueDate }, today)) {
    return "teLaat";
  }
  return status === "in_uitvoering" ? "inUitvoering" : "open";
}

/**
 * Counts the region's actions (the caller passes only those still in a plan). Rows are sorted by
 * organisation name; actions without a known organisation come last in one row.
 */
export function actiesPerOrganisatieOf(
  actions: readonly ActionFacts[],
  period: ReportPeriod,
  today: string,
  organisationName: (organisationId: string) => string | undefined,
): Report["acties"] {
  const rows = new Map<string | null, ActionCounts>();
  const totaal = none();
  for (const action of actions) {
    const count = countOf(action, period, today);
    if (count === null) continue;
    const known =
      action.organisationId !== null && organisationName(action.organisationId) !== undefined;
    const key = known ? action.organisationId : null;
    const row = rows.get(key) ?? none();
    row[count] += 1;
    totaal[count] += 1;
    rows.set(key, row);
  }
  const perOrganisatie = [...rows].map(([organisationId, counts]) => ({
    organisationId,
    organisationName: organisationId === null ? null : (organisationName(organisationId) ?? null),
    ...counts,
  }));
  perOrganisatie.sort((a, b) => {
    if (a.organisationName === null || b.organisationName === null) {
      return Number(a.organisationName === null) - Number(b.organisationName === null);
    }
    return a.organisationName.localeCompare(b.organisationName, "nl");
  });
  return { perOrganisatie, totaal };
}
