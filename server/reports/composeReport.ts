/**
 * The management report of one region, composed from facts (reportFacts.ts) alone: a pure
 * function, so every figure can be checked on handmade data. Case figures are about the cases
 * registered in the period, except the phases, which show every case of the region today.
 */
import type { Report, ReportPeriod } from "../../shared/api/reports.js";
import { CASE_PHASES } from "../../shared/domain/case.js";
import { actiesPerOrganisatieOf } from "./actiesPerOrganisatie.js";
import { doorlooptijdOf } from "./doorlooptijd.js";
import { inPeriod } from "./dutchTime.js";
import { instroomOf } from "./instroom.js";
import { overleggenOf } from "./overleggen.js";
import type { ActionFacts, CaseFacts, MeetingFacts } from "./reportFacts.js";
import { triageOutcomesOf } from "./triageOutcomes.js";

/** Everything a report is computed from: the region's facts, the period and today's Dutch date. */
export interface ReportInput {
  regio: string;
  period: ReportPeriod;
  today: string;
  cases: readonly CaseFacts[];
  meetings: readonly MeetingFacts[];
  /** Actions still in a plan (not removed from it). */
  actions: readonly ActionFacts[];
  organisationName: (organisationId: string) => string | undefined;
}

/** Composes the report. */
export function composeReport(input: ReportInput): Report {
  const { period, today } = input;
  const registered = input.cases.filter((c) => inPeriod(c.registered?.date ?? null, period));
  return {
    regio: input.regio,
    period: { from: period.from, to: period.to },
    today,
    instroom: instroomOf(registered, period),
    triage: triageOutcomesOf(registered),
    doorlooptijd: doorlooptijdOf(registered),
    fasen: CASE_PHASES.map((phase) => ({
      phase,
      count: input.cases.filter((c) => c.phase === phase).length,
    })),
    overleggen: overleggenOf(input.meetings, period),
    acties: actiesPerOrganisatieOf(input.actions, period, today, input.organisationName),
  };
}
