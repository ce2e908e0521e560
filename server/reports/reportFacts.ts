/**
 * The facts a report counts, read from stored records: per case, overleg and action only enums,
 * Dutch dates and organisation ids. Nothing here carries a name, a title or a case id, so no
 * computation after this point can let one slip into a report.
 */
import type { MeetingKind } from "../../shared/api/meetings.js";
import type { ListOordeel } from "../../shared/api/cases.js";
import type { ActionStatus } from "../../shared/domain/action.js";
import type { CaseKind, CasePhase } from "../../shared/domain/case.js";
import type { Advies } from "../../shared/domain/triage.js";
import type { IndexedAction } from "../actions/indexedAction.js";
import { listOordeelOf } from "../commands/caseListStatus.js";
import type { CaseRecord, MeetingRecord, PhaseChangeRecord } from "../store/schema.js";
import { closedAtOf } from "../retention/retentionDates.js";
import { dutchDateOf, dutchMomentOf, type DutchMoment } from "./dutchTime.js";

/** What a report counts of one case. */
export interface CaseFacts {
  kind: CaseKind;
  phase: CasePhase;
  /** When it was registered, in Dutch time; null for an unreadable timestamp. */
  registered: DutchMoment | null;
  /** The decided colour, else the engine's final one, else `open` (as the case list shows it). */
  oordeel: ListOordeel;
  /** The triage decision that stands, and its Dutch date. */
  besluit: Advies | null;
  decidedOn: string | null;
  /** The Dutch date the case was closed (gesloten), when known. */
  closedOn: string | null;
}

/** What a report counts of one overleg. */
export interface MeetingFacts {
  kind: MeetingKind;
  /** The Dutch date the chair started it; null when it was never started (not held). */
  startedOn: string | null;
  caseSlots: number;
  generalSlots: number;
  /** Case slots with at least one fixed verslag. */
  slotsWithVerslag: number;
}

/** What a report counts of one action of a plan van aanpak. */
export interface ActionFacts {
  organisationId: string | null;
  status: ActionStatus | null;
  dueDate: string | null;
  /** The Dutch date it was completed, when it was. */
  completedOn: string | null;
}

/** The facts of a case; `phaseHistory` tells when a closed case closed (see `closedAtOf`). */
export function caseFactsOf(c: CaseRecord, phaseHistory: readonly PhaseChangeRecord[]): CaseFacts {
  const besluit = c.triageBesluiten?.at(-1) ?? null;
  const decidedOn = besluit === null ? null : dutchDateOf(besluit.computedAt);
  const closedAt = closedAtOf(c, phaseHistory);
  const closedOn = closedAt === null ? null : dutchDateOf(closedAt);
  return {
    kind: c.kind,
    phase: c.phase,
    registered: dutchMomentOf(c.createdAt),
    oordeel: listOordeelOf(c),
    besluit: besluit?.besluit ?? null,
    decidedOn,
    closedOn,
  };
}

/** The facts of an overleg; `hasVerslag` tells whether a slot has a fixed verslag. */
export function meetingFactsOf(
  m: MeetingRecord,
  hasVerslag: (meetingId: string, agendaItemId: string) => boolean,
): MeetingFacts {
  // A slot whose case was destroyed still counts as the case slot it was.
  const caseSlots = m.agenda.filter((slot) => slot.caseId !== undefined || slot.removedCase);
  return {
    kind: m.kind,
    startedOn: m.startedAt === undefined ? null : dutchDateOf(m.startedAt),
    caseSlots: caseSlots.length,
    generalSlots: m.agenda.length - caseSlots.length,
    slotsWithVerslag: caseSlots.filter(
      (slot) => slot.removedCase?.hadVerslag ?? hasVerslag(m.id, slot.id),
    ).length,
  };
}

/** The facts of an indexed action. */
export function actionFactsOf(action: IndexedAction): ActionFacts {
  return {
    organisationId: action.organisationId,
    status: action.status,
    dueDate: action.dueDate,
    completedOn: action.completedAt === null ? null : dutchDateOf(action.completedAt),
  };
}
