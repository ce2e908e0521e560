/**
 * The chair's next steps for a case: to uitvoering, afschaling (checklist and hand-back), closing,
 * and planning a follow-up overleg that carries the open actions over. The afschaling's free text
 * is kept by the room (slotDrafts.ts), so moving through the agenda keeps it.
 */
import { useState } from "react";
import { Link } from "react-router";
import {
  AFSCHALING_CRITERIA,
  type AfschalingCriterion,
  type SlotCaseView,
} from "../../shared/api/meetings.js";
import { CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { changePhase, planFollowUp } from "./meetingsApi.js";
import { meetingPath } from "./meetingPaths.js";
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
  const toelichting = toelichtingDraft.text ?? "";
  const [date, setDate] = useState("");
  const [time, setTime] = useState("13:00");
  const [followUpId, setFollowUpId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(errorMessage(err));
  const move = (to: "uitvoering" | "afschaling" | "gesloten") => {
    setError(null);
    const change =
      to === "afschaling" ? { to, criteriaMet: criteria, handedBackTo, toelichting } : { to };
    changePhase(meetingId, view.slotId, change).then((changed) => {
      if (to === "afschaling") {
        overdracht.markSaved(handedBackTo);
        toelichtingDraft.markSaved(toelichting);
      }
      onChanged(changed);
    }, fail);
  };
  const toggle = (c: AfschalingCriterion, on: boolean) =>
    setCriteria((list) => (on ? [...list, c] : list.filter((x) => x !== c)));

  return (
    <section className="mt-section" aria-labelledby={`fase-${view.slotId}`}>
      <h3 id={`fase-${view.slotId}`}>{t.phaseHeading}</h3>
      <p>{t.phaseCurrent(CASE_PHASE_LABELS[view.phase])}</p>
      <div className="mt-buttons">
        <button type="button" className="button" onClick={() => move("uitvoering")}>
          {t.toUitvoering}
        </button>
      </div>
      <fieldset className="mt-fieldset">
        <legend>{t.criteriaHeading}</legend>
        {AFSCHALING_CRITERIA.map((c) => (
          <label key={c} className="mt-check">
            <input
              type="checkbox"
              checked={criteria.includes(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />
            {t.criteria[c]}
          </label>
        ))}
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
          <button type="button" className="button" onClick={() => move("afschaling")}>
            {t.startAfschaling}
          </button>
          <button type="button" className="button" onClick={() => move("gesloten")}>
            {t.close}
          </button>
        </div>
        {view.afschaling && <p>{t.afschalingRecorded(view.afschaling.handedBackTo)}</p>}
      </fieldset>
      <form
        className="mt-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          planFollowUp(meetingId, view.slotId, { date, time }).then(
            (r) => setFollowUpId(r.id),
            fail,
          );
        }}
      >
        <label htmlFor={`vervolg-datum-${view.slotId}`}>{t.fieldDate}</label>
        <input
          id={`vervolg-datum-${view.slotId}`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`vervolg-tijd-${view.slotId}`}>{t.fieldTime}</label>
        <input
          id={`vervolg-tijd-${view.slotId}`}
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
        <button type="submit" className="button">
          {t.followUp}
        </button>
      </form>
      {followUpId !== null && (
        <p role="status">
          {t.followUpPlanned} <Link to={meetingPath(followUpId)}>{t.openFollowUp}</Link>
        </p>
      )}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}
