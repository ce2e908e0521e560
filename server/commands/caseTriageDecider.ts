/**
 * The procesregisseur's triage decision (domain.md §3): to the casusoverleg, or an advies only, or
 * back to the aanmelder (terugverwijzen). The decision keeps the engine's outcome it was taken on,
 * with its rulesVersion, and who took it when. Advies and terugverwijzen end the ZVH's part: the
 * case closes (read-only) with the outcome recorded, and its guests are taken off the overleggen
 * not started yet (invitationWithdrawer.ts).
 */
import { randomUUID } from "node:crypto";
import type { TriageBesluitRequest } from "../../shared/api/cases.js";
import type { CasePhase } from "../../shared/domain/case.js";
import type { TriageResult } from "../../shared/domain/triage.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import type { CaseRecord, TriageBesluitRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { findVisibleCase } from "./caseOpener.js";
import { mayDecideTriage } from "../policies/casePolicy.js";
import { evaluateEmptyTriage } from "./caseTriageEvaluator.js";
import {
  withdrawGuestsOfClosedCase,
  type WithdrawnInvitation,
} from "../meetings/invitationWithdrawer.js";

/** The case as decided, and the overleggen whose guests a closing took off. */
export interface TriageDecision {
  caseRecord: CaseRecord;
  withdrawn: WithdrawnInvitation[];
}

/** Phases in which the triage is still open for a decision. */
const UNDECIDED: readonly CasePhase[] = ["aanmelding", "triage"];

/**
 * Records the decision and moves the case on; 404 if not visible, 403 if not allowed, 409 if
 * decided.
 */
export async function decideTriage(
  store: Store,
  principal: Principal,
  caseId: string,
  request: TriageBesluitRequest,
  evaluateLive: (caseId: string) => Promise<TriageResult | undefined>,
  now = new Date(),
): Promise<TriageDecision> {
  const c = findVisibleCase(store, principal, caseId);
  if (!mayDecideTriage(principal, c)) throw forbidden();
  if (!UNDECIDED.includes(c.phase)) {
    throw conflict("Over de triage van deze casus is al besloten.");
  }

  const at = now.toISOString();
  // Judged on the live documents as they are now (the stored summary may trail the last edit).
  const result = (await evaluateLive(c.id)) ?? evaluateEmptyTriage(store, c, now);
  const besluit: TriageBesluitRecord = {
    id: `triage_${randomUUID()}`,
    caseId: c.id,
    result,
    computedAt: at,
    computedBy: principal.userId,
    besluit: request.besluit,
    toelichting: request.toelichting,
  };
  const phase: CasePhase = request.besluit === "casusoverleg" ? "casusoverleg" : "gesloten";
  // The procesregisseur who decides chairs the casusoverleg, so they join the case.
  const participants = c.participants.some((p) => p.userId === principal.userId)
    ? c.participants
    : [
        ...c.participants,
        {
          userId: principal.userId,
          caseRole: "procesregisseur" as const,
          readOnly: false,
          addedAt: at,
          organisationId: principal.organisationId,
        },
      ];
  await store.cases.addTriageBesluit(c.id, besluit, phase, participants);
  const withdrawn = phase === "gesloten" ? await withdrawGuestsOfClosedCase(store, c, now) : [];
  return { caseRecord: c, withdrawn };
}
