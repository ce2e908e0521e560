/**
 * Builds the report of one region from the metadata store and the action index: the region's
 * cases, the overleggen its procesregisseurs chaired, and the actions of its cases' plans, each
 * read as facts before anything is counted; destroyed cases count by the facts kept of them.
 */
import type { Report, ReportPeriod } from "../../shared/api/reports.js";
import type { ActionIndexRepository } from "../actions/actionIndexRepository.js";
import { isRemoved } from "../actions/indexedAction.js";
import type { Store } from "../store/store.js";
import { composeReport } from "./composeReport.js";
import { actionFactsOf, caseFactsOf, meetingFactsOf, type ActionFacts } from "./reportFacts.js";

/** What building a report reads. */
export interface ReportSources {
  store: Store;
  index: ActionIndexRepository;
}

/** The report of `regio` over `period`, with "today" figures as of the Dutch date `today`. */
export function buildRegionReport(
  { store, index }: ReportSources,
  regio: string,
  period: ReportPeriod,
  today: string,
): Report {
  // A case being destroyed counts by the facts kept of it, as it will once it is gone.
  const inRegion = store.cases.list().filter((c) => c.regio === regio);
  const cases = inRegion.filter((c) => c.destroying === undefined);
  const destroying = inRegion.flatMap((c) => (c.destroying?.facts ? [c.destroying.facts] : []));
  // An overleg belongs to the region of the procesregisseur who chairs it.
  const meetings = store.meetings
    .list()
    .filter((m) => store.users.get(m.chairUserId)?.regio === regio);
  const retired = [...store.retention.retiredOf(regio), ...destroying];
  const actions: ActionFacts[] = retired.flatMap((r) => r.actions);
  for (const c of cases) {
    for (const action of index.actionsOf(c.id)) {
      if (!isRemoved(action)) actions.push(actionFactsOf(action));
    }
  }
  return composeReport({
    regio,
    period,
    today,
    // Only a closed case needs its phase history (the date it was closed).
    cases: [
      ...cases.map((c) =>
        caseFactsOf(c, c.phase === "gesloten" ? store.cases.phaseHistory(c.id) : []),
      ),
      ...retired.map((r) => r.case),
    ],
    meetings: meetings.map((m) =>
      meetingFactsOf(
        m,
        (meetingId, slotId) => store.verslagen.versionsOf(meetingId, slotId).length > 0,
      ),
    ),
    actions,
    organisationName: (id) => store.organisations.get(id)?.name,
  });
}
