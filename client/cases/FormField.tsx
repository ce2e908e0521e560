/**
 * Labelled form controls with their hint and error bound by `aria-describedby`, and
 * `aria-invalid` while the error shows. Ids come from the field's path (see `fieldId`).
 */
import type { ReactNode } from "react";
import { messages } from "../i18n/messages.js";
import { fieldId } from "./aanmeldingForm.js";

const t = messages.casussen.aanmelding;

interface FieldProps {
  path: string;
  label: string;
  error: string | undefined;
  hint?: string;
  required?: boolean;
}

/** Label, hint, the control and its error message. */
function FieldFrame(
  props: FieldProps & { children: (describedBy: string | undefined) => ReactNode },
) {
  const id = fieldId(props.path);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={props.error ? "field cases-field cases-field-invalid" : "field cases-field"}>
      <label htmlFor={id}>
        {props.label} <span className="muted">{props.required ? t.required : t.optional}</span>
      </label>
      {props.hint && (
        <p id={hintId} className="cases-hint">
          {props.hint}
        </p>
      )}
      {props.children(describedBy)}
      {props.error && (
        <p id={errorId} className="cases-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A text input (or a textarea when `multiline`). */
export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: "text" | "date";
    multiline?: boolean;
    autoComplete?: string;
    inputMode?: "numeric";
  },
) {
  return (
    <FieldFrame {...props}>
      {(describedBy) =>
        props.multiline ? (
          <textarea
            id={fieldId(props.path)}
            rows={4}
            value={props.value}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => props.onChange(event.target.value)}
          />
        ) : (
          <input
            id={fieldId(props.path)}
            type={props.type ?? "text"}
            value={props.value}
            autoComplete={props.autoComplete ?? "off"}
            inputMode={props.inputMode}
            aria-invalid={props.error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => props.onChange(event.target.value)}
          />
        )
      }
    </FieldFrame>
  );
}

/** A select with a placeholder choice. */
export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    placeholder: string;
    choices: ReadonlyArray<{ value: string; label: string }>;
  },
) {
  return (
    <FieldFrame {...props}>
      {(describedBy) => (
        <select
          id={fieldId(props.path)}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => props.onChange(event.target.value)}
        >
          <option value="">{props.placeholder}</option>
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
