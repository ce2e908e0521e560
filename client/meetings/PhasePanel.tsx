/**
 * The chair's next steps for a case: to uitvoering, afschaling (checklist and hand-back, brought up
 * to date while in afschaling), closing once every criterion is recorded as met, and its follow-up
 * (FollowUpForms.tsx). Only the steps the case's phase allows are offered
 * (`mayMovePhase`, as the server judges them); closing is asked first, and each request runs once
 * however often it is clicked. The afschaling's free text is kept by the room (slotDrafts.ts), so
 * moving through the agenda keeps it.
 */
import { useState } from "react";
import {
  AFSCHALING_CRITERIA,
  MEETING_PHASE_TARGETS,
  mayMovePhase,
  type AfschalingCriterion,
  type MeetingPhaseTarget,
  type SlotCaseView,
} from "../../shared/api/meetings.js";
import { CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { useOneRequest } from "../api/useOneRequest.js";
import { messages } from "../i18n/messages.js";
import { AfschalingChecklist } from "../case/afschaling/AfschalingChecklist.js";
import { FollowUpForms } from "./FollowUpForms.js";
import { changePhase } from "./meetingsApi.js";
import { useSlotDraft } from "./slotDrafts.js";

const t = messages.meetings;

/** Props of the phase panel. */
export interface PhasePanelProps {
  meetingId: string;
  view: SlotCaseView;
  onChanged: (view: SlotCaseView) => void;
}

/** The phase and follow-up controls of a slot (chair only). */
export function PhasePanel({ meetingId, view, onChanged }: PhasePanelProps) {
  const [criteria, setCriteria] = useState<AfschalingCriterion[]>(
    view.afschaling?.criteriaMet ?? [],
  );
  const overdracht = useSlotDraft(view.slotId, "overdracht");
  const handedBackTo = overdracht.text ?? view.afschaling?.handedBackTo ?? "";
  const toelichtingDraft = useSlotDraft(view.slotId, "afschalingToelichting");
  const toelichting = toelichtingDraft.text ?? view.afschaling?.toelichting ?? "";
  const { busy, error, run } = useOneRequest();
  const move = (to: MeetingPhaseTarget) => {
    // Closing starts the bewaartermijn and ends the follow-up of its actions: asked first.
    if (to === "gesloten" && !window.confirm(t.closeConfirm(view.openActions.length))) return;
    run(async () => {
      // Brought up to date from the afschaling shown: refused if another was recorded since.
      const basis = view.phase === "afschaling" ? view.afschaling?.at : undefined;
      const change =
        to === "afschaling"
          ? { to, criteriaMet: criteria, handedBackTo, toelichting, basis }
          : { to };
      const changed = await changePhase(meetingId, view.slotId, change);
      if (to === "afschaling") {
        overdracht.markSaved(handedBackTo);
        toelichtingDraft.markSaved(toelichting);
      }
      onChanged(changed);
    });
  };
  const may = (to: MeetingPhaseTarget) => mayMovePhase(view.phase, to);
  const stuck = !MEETING_PHASE_TARGETS.some(may);
  // The server closes only a case whose recorded afschaling met every criterion.
  const allMet = (view.afschaling?.criteriaMet.length ?? 0) === AFSCHALING_CRITERIA.length;

  return (
    <section className="mt-section" aria-labelledby={`fase-${view.slotId}`}>
      <h3 id={`fase-${view.slotId}`}>{t.phaseHeading}</h3>
      <p>{t.phaseCurrent(CASE_PHASE_LABELS[view.phase])}</p>
      {stuck && (
        <p className="muted">
          {view.phase === "gesloten" ? t.phaseClosed : t.phaseNoStep(CASE_PHASE_LABELS[view.phase])}
        </p>
      )}
      {may("uitvoering") && (
        <div className="mt-buttons">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => move("uitvoering")}
          >
            {t.toUitvoering}
          </button>
        </div>
      )}
      {may("afschaling") && (
        <fieldset className="mt-fieldset">
          <legend>{t.criteriaHeading}</legend>
          <AfschalingChecklist criteria={criteria} onChange={setCriteria} />
          <label htmlFor={`overdracht-${view.slotId}`}>{t.handedBackTo}</label>
          <input
            id={`overdracht-${view.slotId}`}
            value={handedBackTo}
            maxLength={200}
            onChange={(e) => overdracht.edit(e.target.value)}
          />
          <label htmlFor={`toelichting-${view.slotId}`}>{t.toelichting}</label>
          <textarea
            id={`toelichting-${view.slotId}`}
            rows={2}
            value={toelichting}
            maxLength={2000}
            onChange={(e) => toelichtingDraft.edit(e.target.value)}
          />
          <div className="mt-buttons">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => move("afschaling")}
            >
              {view.phase === "afschaling" ? t.updateAfschaling : t.startAfschaling}
            </button>
          </div>
        </fieldset>
      )}
      {view.afschaling && (
        <p>
          {t.afschalingRecorded(
            view.afschaling.handedBackTo,
            view.afschaling.criteriaMet.length,
            AFSCHALING_CRITERIA.length,
          )}
        </p>
      )}
      {may("gesloten") && (
        <div className="mt-buttons">
          <button
            type="button"
            className="button"
            disabled={busy || !allMet}
            aria-describedby={allMet ? undefined : `sluiten-${view.slotId}`}
            onClick={() => move("gesloten")}
          >
            {t.close}
          </button>
          {!allMet && (
            <p id={`sluiten-${view.slotId}`} className="muted">
              {t.closeNeedsCriteria}
            </p>
          )}
        </div>
      )}
      {/* A refused step says why here, beside its controls, not under the follow-up forms. */}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {view.phase !== "gesloten" && <FollowUpForms meetingId={meetingId} view={view} />}
    </section>
  );
}
