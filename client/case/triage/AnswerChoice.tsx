/** A ja / nee / nog niet beantwoord choice as a group of radio buttons with a legend. */
import { useId } from "react";
import { ANSWER_LABELS, ANSWERS, type Answer } from "../../../shared/domain/triage.js";

/** Props: the question as legend, the current answer and what to do with a new one. */
export interface AnswerChoiceProps {
  legend: string;
  hint?: string;
  value: Answer;
  disabled: boolean;
  onChange: (answer: Answer) => void;
}

/** Three radio buttons in a fieldset; arrow keys move between them (native behaviour). */
export function AnswerChoice({ legend, hint, value, disabled, onChange }: AnswerChoiceProps) {
  const name = useId();
  return (
    <fieldset className="cw-answer" disabled={disabled}>
      <legend>{legend}</legend>
      <div className="cw-answer-options">
        {ANSWERS.map((answer) => (
          <label key={answer} className={`cw-answer-option cw-answer-${answer}`}>
            <input
              type="radio"
              name={name}
              value={answer}
              checked={value === answer}
              onChange={() => onChange(answer)}
            />
            {ANSWER_LABELS[answer]}
          </label>
        ))}
      </div>
      {hint !== undefined && <p className="cw-who">{hint}</p>}
    </fieldset>
  );
}
