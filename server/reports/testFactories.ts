/** Small factories for the report tests (fictional data only). */
import type { Advies, Oordeel } from "../../shared/domain/triage.js";
import { buildTriageInput } from "../../shared/triage/testFactories.js";
import { triageCase } from "../../shared/triage/triageCase.js";
import type { CaseRecord, TriageBesluitRecord } from "../store/schema.js";
import { dutchMomentOf } from "./dutchTime.js";
import type { ActionFacts, CaseFacts, MeetingFacts } from "./reportFacts.js";

/** A Casus op Maat registered at `registeredAt` (UTC), in triage, without a colour or decision. */
export function buildCaseFacts(
  registeredAt: string,
  overrides: Partial<CaseFacts> = {},
): CaseFacts {
  return {
    kind: "casus_op_maat",
    phase: "triage",
    registered: dutchMomentOf(registeredAt),
    oordeel: "open",
    besluit: null,
    decidedOn: null,
    closedOn: null,
    ...overrides,
  };
}

/** An overleg started on `startedOn` with two case slots and one general item, no verslag. */
export function buildMeetingFacts(
  startedOn: string | null,
  overrides: Partial<MeetingFacts> = {},
): MeetingFacts {
  return {
    kind: "casusoverleg",
    startedOn,
    caseSlots: 2,
    generalSlots: 1,
    slotsWithVerslag: 0,
    ...overrides,
  };
}

/** An open action of organisation `organisationId` due on 2025-06-30. */
export function buildActionFacts(
  organisationId: string | null,
  overrides: Partial<ActionFacts> = {},
): ActionFacts {
  return {
    organisationId,
    status: "open",
    dueDate: "2025-06-30",
    completedOn: null,
    ...overrides,
  };
}

/** A stored case registered at `createdAt` (UTC), in triage; its person and title are fictional. */
export function buildCaseRecord(
  createdAt: string,
  overrides: Partial<CaseRecord> = {},
): CaseRecord {
  return {
    id: "case_report_1",
    title: "Casus voor de rapportage",
    phase: "triage",
    kind: "casus_op_maat",
    gemeente: "Westerduin",
    regio: "Regio Westerduin",
    betrokkenen: [{ id: "pers_1", naam: "Fictieve Persoon", geboortedatum: "1990-01-01" }],
    participants: [],
    createdAt,
    createdBy: "user_aanmelder",
    updatedAt: createdAt,
    ...overrides,
  };
}

/** A triage decision taken at `at` (UTC) on an engine outcome of colour `oordeel`. */
export function buildTriageBesluit(
  besluit: Advies,
  at: string,
  oordeel: Oordeel = "oranje",
): TriageBesluitRecord {
  const result = { ...triageCase(buildTriageInput()), oordeel };
  return {
    id: "triage_1",
    caseId: "case_report_1",
    result,
    computedAt: at,
    computedBy: "user_pr",
    besluit,
    toelichting: besluit === "casusoverleg" ? "" : "Fictieve toelichting.",
  };
}
