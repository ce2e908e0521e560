/**
 * The afschaling of a case on its page, once the chair started it in an overleg: the criteria met,
 * to whom the case is handed back and why. Its casusregisseur and the region's procesregisseurs
 * (`mayChangeAfschaling`, as the server says) bring it up to date and close the case once every
 * criterion is met, without another overleg; closing is asked first, naming the open actions. The
 * answer is the case as stored, which replaces the page's view.
 */
import { useId, useState } from "react";
import { AFSCHALING_CRITERIA, type AfschalingCriterion } from "../../../shared/api/meetings.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { changeAfschaling, countOpenActions } from "../../api/caseAfschaling.js";
import { useOneRequest } from "../../api/useOneRequest.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";
import { AfschalingChecklist } from "./AfschalingChecklist.js";
import "./afschaling.css";

const t = messages.afschaling;
const m = messages.meetings;

/** Props: the case (with its afschaling) and what to do with the case after a change. */
export interface AfschalingPanelProps {
  view: CaseDetail;
  onChanged: (view: CaseDetail) => void;
}

/** The "Afschaling" section of a case in afschaling, or closed after one. */
export function AfschalingPanel({ view, onChanged }: AfschalingPanelProps) {
  const titleId = useId();
  // Kept here: the form is made anew from each afschaling recorded, its own one too.
  const [done, setDone] = useState<string | null>(null);
  const recorded = view.afschaling;
  if (recorded === null) return null;
  return (
    <section className="cw-box cw-afschaling" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.title}</h2>
      <p>
        {t.recorded(
          formatDate(recorded.at),
          recorded.handedBackTo,
          recorded.criteriaMet.length,
          AFSCHALING_CRITERIA.length,
        )}
      </p>
      {view.mayChangeAfschaling ? (
        // Filled in anew from each afschaling recorded (by this form, or seen on a reload).
        <AfschalingForm key={recorded.at} view={view} onChanged={onChanged} onDone={setDone} />
      ) : (
        <>
          <ul className="cw-afschaling-criteria">
            {AFSCHALING_CRITERIA.map((c) => (
              <li key={c}>
                {m.criteria[c]}:{" "}
                <strong>
                  {recorded.criteriaMet.includes(c) ? t.criterionMet : t.criterionOpen}
                </strong>
              </li>
            ))}
          </ul>
          {recorded.toelichting !== "" && <p>{t.toelichting(recorded.toelichting)}</p>}
        </>
      )}
      {done !== null && view.mayChangeAfschaling && (
        <p role="status" className="notice notice-info">
          {done}
        </p>
      )}
    </section>
  );
}

/** The checklist, hand-back and toelichting to record, and closing once all are met. */
function AfschalingForm({
  view,
  onChanged,
  onDone,
}: AfschalingPanelProps & { onDone: (message: string | null) => void }) {
  const recorded = view.afschaling;
  const [criteria, setCriteria] = useState<AfschalingCriterion[]>(recorded?.criteriaMet ?? []);
  const [handedBackTo, setHandedBackTo] = useState(recorded?.handedBackTo ?? "");
  const [toelichting, setToelichting] = useState(recorded?.toelichting ?? "");
  const { busy, error, run } = useOneRequest();
  const ids = useId();
  // The server closes only a case whose recorded afschaling met every criterion; what is changed
  // here but not recorded yet is recorded first, not dropped by closing.
  const allMet = (recorded?.criteriaMet.length ?? 0) === AFSCHALING_CRITERIA.length;
  const unsaved =
    recorded !== null &&
    (handedBackTo !== recorded.handedBackTo ||
      toelichting !== recorded.toelichting ||
      criteria.length !== recorded.criteriaMet.length ||
      criteria.some((c) => !recorded.criteriaMet.includes(c)));
  const closeHint = !allMet ? m.closeNeedsCriteria : unsaved ? t.closeNeedsSaving : null;

  const update = () =>
    run(async () => {
      onDone(null);
      const next = await changeAfschaling(view.id, {
        to: "afschaling",
        criteriaMet: criteria,
        handedBackTo,
        toelichting,
        basis: recorded?.at,
      });
      onChanged(next);
      onDone(t.updated);
    });
  const close = () =>
    run(async () => {
      onDone(null);
      // Closing starts the bewaartermijn and ends the follow-up of its actions: asked first.
      if (!window.confirm(m.closeConfirm(await countOpenActions(view.id)))) return;
      // The closed case's page shows its bewaartermijn in place of this form.
      onChanged(await changeAfschaling(view.id, { to: "gesloten" }));
    });

  return (
    <>
      <p className="muted">{t.whoMay}</p>
      <fieldset className="mt-fieldset">
        <legend>{m.criteriaHeading}</legend>
        <AfschalingChecklist criteria={criteria} onChange={setCriteria} />
        <label htmlFor={`${ids}-overdracht`}>{m.handedBackTo}</label>
        <input
          id={`${ids}-overdracht`}
          value={handedBackTo}
          maxLength={200}
          onChange={(e) => setHandedBackTo(e.target.value)}
        />
        <label htmlFor={`${ids}-toelichting`}>{m.toelichting}</label>
        <textarea
          id={`${ids}-toelichting`}
          rows={2}
          value={toelichting}
          maxLength={2000}
          onChange={(e) => setToelichting(e.target.value)}
        />
        <div className="mt-buttons">
          <button type="button" className="button" disabled={busy} onClick={update}>
            {t.update}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || closeHint !== null}
            aria-describedby={closeHint === null ? undefined : `${ids}-sluiten`}
            onClick={close}
          >
            {m.close}
          </button>
        </div>
        {closeHint !== null && (
          <p id={`${ids}-sluiten`} className="muted">
            {closeHint}
          </p>
        )}
      </fieldset>
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </>
  );
}
