/**
 * Moves a case on: from an overleg (chair only) to `uitvoering` once it was discussed, to
 * `afschaling` with the criteria checklist and to whom it is handed back (again from afschaling, to
 * record the criteria met since), and to `gesloten` once every afschaling criterion is met; and
 * from the case page, once in afschaling, those last two steps by its casusregisseur and the
 * region's procesregisseurs (afschalingChanger.ts). Closing takes the case's guests off the
 * overleggen not started yet (invitationWithdrawer.ts).
 */
import { AFSCHALING_CRITERIA, mayMovePhase, type PhaseChange } from "../../shared/api/meetings.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden } from "../errors.js";
import { isChair } from "../policies/meetingPolicy.js";
import type { CaseRecord, PhaseChangeRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { withdrawGuestsOfClosedCase, type WithdrawnInvitation } from "./invitationWithdrawer.js";
import type { ClearedSlot } from "./meetingFinder.js";

/** The phase change written, and the overleggen whose guests a closing took off. */
export interface CasePhaseChange {
  record: PhaseChangeRecord;
  withdrawn: WithdrawnInvitation[];
}

/** Applies the phase change from an overleg's slot; returns the record and any invitations withdrawn. */
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
  return recordPhaseChange(store, found.caseRecord, change, {
    by: principal.userId,
    now,
    meetingId: found.meeting.id,
  });
}

/**
 * Writes the change if the case's phase allows it (409 otherwise, for closing before every
 * criterion was recorded as met, and for an afschaling brought up to date from one that is no
 * longer the latest). The caller decided who may make it.
 */
export async function recordPhaseChange(
  store: Store,
  caseRecord: CaseRecord,
  change: PhaseChange,
  made: { by: string; now: Date; meetingId?: string },
): Promise<CasePhaseChange> {
  const from = caseRecord.phase;
  if (!mayMovePhase(from, change.to)) {
    throw conflict("Deze faseovergang is vanuit de huidige fase niet mogelijk.");
  }
  const record: PhaseChangeRecord = {
    caseId: caseRecord.id,
    ...(made.meetingId === undefined ? {} : { meetingId: made.meetingId }),
    from,
    to: change.to,
    at: made.now.toISOString(),
    by: made.by,
  };
  if (change.to === "afschaling") {
    const latest = store.cases.latestAfschaling(caseRecord.id)?.at;
    if (change.basis !== undefined && change.basis !== latest) {
      throw conflict(
        "De afschaling is intussen elders bijgewerkt. Laad de pagina opnieuw en kijk of uw wijziging nog nodig is.",
      );
    }
    record.afschaling = {
      criteriaMet: AFSCHALING_CRITERIA.filter((c) => change.criteriaMet?.includes(c)),
      handedBackTo: change.handedBackTo ?? "",
      toelichting: change.toelichting ?? "",
    };
  }
  if (change.to === "gesloten") {
    const met = store.cases.latestAfschaling(caseRecord.id)?.afschaling?.criteriaMet;
    if (!met || met.length < AFSCHALING_CRITERIA.length) {
      throw conflict("Sluit de casus pas als aan alle afschalingscriteria is voldaan.");
    }
  }
  await store.cases.changePhase(record);
  const withdrawn =
    change.to === "gesloten" ? await withdrawGuestsOfClosedCase(store, caseRecord, made.now) : [];
  return { record, withdrawn };
}
