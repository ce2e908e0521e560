/**
 * The chair's next steps for a case: to uitvoering, afschaling (checklist and hand-back), closing,
 * and planning a follow-up overleg that carries the open actions over. Only the steps the case's
 * phase allows are offered (`mayMovePhase`, as the server judges them); closing is asked first,
 * and each request runs once however often it is clicked. The afschaling's free text is kept by
 * the room (slotDrafts.ts), so moving through the agenda keeps it.
 */
import { useRef, useState } from "react";
import { Link } from "react-router";
import {
  AFSCHALING_CRITERIA,
  MEETING_PHASE_TARGETS,
  mayMovePhase,
  type AfschalingCriterion,
  type MeetingPhaseTarget,
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A ref, not the state: a double click arrives before the re-render that disables the button.
  const inFlight = useRef(false);
  /** Runs one request at a time: a second click while one is under way does nothing. */
  const run = (request: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    request()
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => {
        inFlight.current = false;
        setBusy(false);
      });
  };
  const move = (to: MeetingPhaseTarget) => {
    // Closing starts the bewaartermijn and ends the follow-up of its actions: asked first.
    if (to === "gesloten" && !window.confirm(t.closeConfirm(view.openActions.length))) return;
    run(async () => {
      const change =
        to === "afschaling" ? { to, criteriaMet: criteria, handedBackTo, toelichting } : { to };
      const changed = await changePhase(meetingId, view.slotId, change);
      if (to === "afschaling") {
        overdracht.markSaved(handedBackTo);
        toelichtingDraft.markSaved(toelichting);
      }
      onChanged(changed);
    });
  };
  const toggle = (c: AfschalingCriterion, on: boolean) =>
    setCriteria((list) => (on ? [...list, c] : list.filter((x) => x !== c)));
  const may = (to: MeetingPhaseTarget) => mayMovePhase(view.phase, to);
  const stuck = !MEETING_PHASE_TARGETS.some(may);

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
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => move("afschaling")}
            >
              {t.startAfschaling}
            </button>
          </div>
        </fieldset>
      )}
      {view.afschaling && <p>{t.afschalingRecorded(view.afschaling.handedBackTo)}</p>}
      {may("gesloten") && (
        <div className="mt-buttons">
          <button type="button" className="button" disabled={busy} onClick={() => move("gesloten")}>
            {t.close}
          </button>
        </div>
      )}
      {view.phase !== "gesloten" && (
        <form
          className="mt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            run(async () => {
              const planned = await planFollowUp(meetingId, view.slotId, { date, time });
              setFollowUpId(planned.id);
            });
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
          {/* One follow-up per click: planned once, the button stays off for this slot. */}
          <button type="submit" className="button" disabled={busy || followUpId !== null}>
            {t.followUp}
          </button>
        </form>
      )}
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
