/**
 * Moves a case on from an overleg (chair only): to `uitvoering` once it was discussed, to
 * `afschaling` with the criteria checklist and to whom it is handed back (again from afschaling, to
 * record the criteria met since), and to `gesloten` once every afschaling criterion is met.
 * Closing takes the case's guests off the overleggen not started yet (invitationWithdrawer.ts).
 */
import { AFSCHALING_CRITERIA, mayMovePhase, type PhaseChange } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import { isChair } from "../policies/meetingPolicy.js";
import type { PhaseChangeRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { withdrawGuestsOfClosedCase, type WithdrawnInvitation } from "./invitationWithdrawer.js";
import type { ClearedSlot } from "./meetingFinder.js";

/** The phase change written, and the overleggen whose guests a closing took off. */
export interface CasePhaseChange {
  record: PhaseChangeRecord;
  withdrawn: WithdrawnInvitation[];
}

/** Applies the phase change; returns the record written and any invitations withdrawn. */
export async function changeCasePhase(
  store: Store,
  principal: Principal,
  found: ClearedSlot,
  change: PhaseChange,
  now: Date,
): Promise<CasePhaseChange> {
  if (!isChair(principal, found.meeting)) throw forbidden();
  if (found.meeting.status === "gepland") {
    throw conflict("De fase kan pas worden gewijzigd als het overleg is begonnen.");
  }
  const from = found.caseRecord.phase;
  if (!mayMovePhase(from, change.to)) {
    throw conflict("Deze faseovergang is vanuit de huidige fase niet mogelijk.");
  }
  const record: PhaseChangeRecord = {
    caseId: found.caseRecord.id,
    meetingId: found.meeting.id,
    from,
    to: change.to,
    at: now.toISOString(),
    by: principal.userId,
  };
  if (change.to === "afschaling") {
    record.afschaling = {
      criteriaMet: AFSCHALING_CRITERIA.filter((c) => change.criteriaMet?.includes(c)),
      handedBackTo: change.handedBackTo ?? "",
      toelichting: change.toelichting ?? "",
    };
  }
  if (change.to === "gesloten") {
    const met = store.cases.latestAfschaling(found.caseRecord.id)?.afschaling?.criteriaMet;
    if (!met || met.length < AFSCHALING_CRITERIA.length) {
      throw conflict("Sluit de casus pas als aan alle afschalingscriteria is voldaan.");
    }
  }
  await store.cases.changePhase(record);
  const withdrawn =
    change.to === "gesloten" ? await withdrawGuestsOfClosedCase(store, found.caseRecord, now) : [];
  return { record, withdrawn };
}
