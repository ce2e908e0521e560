/** A labelled control of the account forms, with its hint and error bound by `aria-describedby`. */
import type { ReactNode } from "react";

/** What the control inside needs: its description ids and whether it is invalid. */
export interface FieldControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

/** Label, control, hint and error; `children` renders the control with the props it gets. */
export function AccountField({
  id,
  label,
  hint,
  error,
  wide,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string | undefined;
  wide?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={wide ? "field-compact acc-field acc-field-wide" : "field-compact acc-field"}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "aria-describedby": describedBy,
        "aria-invalid": error ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="acc-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="acc-error">
          {error}
        </p>
      )}
    </div>
  );
}
