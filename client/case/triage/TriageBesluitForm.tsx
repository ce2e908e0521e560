/**
 * The procesregisseur's triage decision: casusoverleg, advies or terugverwijzen, with a note
 * (required for advies and terugverwijzen). Checked with the shared schema before sending; the
 * server stores the engine's outcome with its rules version and moves the case on.
 */
import { useId, useState, type FormEvent } from "react";
import { TriageBesluitSchema, type CaseDetail } from "../../../shared/api/cases.js";
import { ADVIES_LABELS, ADVIEZEN, type Advies } from "../../../shared/domain/triage.js";
import { recordTriageBesluit } from "../../api/caseDetail.js";
import { errorMessage } from "../../api/errorMessage.js";
import { messages } from "../../i18n/messages.js";

const t = messages.caseWorkspace.triage;

type Outcome =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done" }
  | { status: "invalid"; message: string }
  | { status: "failed"; message: string };

/** Props: the case, the engine's advice (preselected), and what to do with the updated case. */
export interface TriageBesluitFormProps {
  caseId: string;
  advies: Advies;
  /**
   * True while criteria are still open: the engine's advice is provisional, so no choice is made
   * for the procesregisseur (an advies closes the case).
   */
  provisional: boolean;
  disabled: boolean;
  onDecided: (view: CaseDetail) => void;
}

/** The decision form. */
export function TriageBesluitForm({
  caseId,
  advies,
  provisional,
  disabled,
  onDecided,
}: TriageBesluitFormProps) {
  const base = useId();
  const [choice, setChoice] = useState<Advies | null>(null);
  const [toelichting, setToelichting] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const besluit = choice ?? (provisional ? null : advies);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (besluit === null) {
      setOutcome({ status: "invalid", message: t.besluitMissing });
      return;
    }
    const checked = TriageBesluitSchema.safeParse({ besluit, toelichting });
    if (!checked.success) {
      setOutcome({ status: "invalid", message: checked.error.issues[0]?.message ?? "" });
      return;
    }
    setOutcome({ status: "busy" });
    try {
      const view = await recordTriageBesluit(caseId, { besluit, toelichting });
      setOutcome({ status: "done" });
      onDecided(view);
    } catch (error: unknown) {
      setOutcome({ status: "failed", message: errorMessage(error) });
    }
  };

  const errorId = `${base}-error`;
  return (
    <form
      className="panel cw-besluit"
      aria-labelledby={`${base}-title`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${base}-title`}>{t.besluitTitle}</h3>
      <p className="muted">{t.besluitIntro}</p>
      <p>{t.besluitAdvice(ADVIES_LABELS[advies], provisional)}</p>
      <fieldset className="cw-answer" disabled={disabled}>
        <legend>{t.besluitLegend}</legend>
        <div className="cw-answer-options">
          {ADVIEZEN.map((option) => (
            <label key={option} className="cw-answer-option">
              <input
                type="radio"
                name={`${base}-besluit`}
                value={option}
                checked={besluit === option}
                onChange={() => setChoice(option)}
              />
              {ADVIES_LABELS[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-compact field-compact-wide">
        <label htmlFor={`${base}-toelichting`}>{t.toelichting}</label>
        <p className="cw-who" id={`${base}-hint`}>
          {t.toelichtingHint}
        </p>
        <textarea
          id={`${base}-toelichting`}
          rows={3}
          maxLength={4000}
          value={toelichting}
          disabled={disabled}
          aria-describedby={
            outcome.status === "invalid" ? `${base}-hint ${errorId}` : `${base}-hint`
          }
          aria-invalid={outcome.status === "invalid"}
          onChange={(e) => setToelichting(e.target.value)}
        />
        {outcome.status === "invalid" && (
          <p className="notice notice-error" id={errorId} role="alert">
            {outcome.message}
          </p>
        )}
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={disabled || outcome.status === "busy"}
      >
        {outcome.status === "busy" ? t.besluitBusy : t.besluitSubmit}
      </button>
      {outcome.status === "done" && (
        <p className="notice notice-info" role="status">
          {t.besluitDone}
        </p>
      )}
      {outcome.status === "failed" && (
        <p className="notice notice-error" role="alert">
          {outcome.message}
        </p>
      )}
    </form>
  );
}
