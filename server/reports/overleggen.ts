/**
 * Overleggen held in the period: those the chair started on a Dutch calendar day in it (an overleg
 * never started is not held, even when the daily job later closed it), with their agenda items.
 */
import { MEETING_KINDS } from "../../shared/api/meetings.js";
import type { Report, ReportPeriod } from "../../shared/api/reports.js";
import { inPeriod } from "./dutchTime.js";
import type { MeetingFacts } from "./reportFacts.js";

/** Counts the region's overleggen held in the period. */
export function overleggenOf(
  meetings: readonly MeetingFacts[],
  period: ReportPeriod,
): Report["overleggen"] {
  const held = meetings.filter((m) => inPeriod(m.startedOn, period));
  const sum = (pick: (m: MeetingFacts) => number) => held.reduce((n, m) => n + pick(m), 0);
  return {
    gehouden: held.length,
    perKind: MEETING_KINDS.map((kind) => ({
      kind,
      count: held.filter((m) => m.kind === kind).length,
    })),
    casusbesprekingen: sum((m) => m.caseSlots),
    algemenePunten: sum((m) => m.generalSlots),
    verslagen: sum((m) => m.slotsWithVerslag),
  };
}
