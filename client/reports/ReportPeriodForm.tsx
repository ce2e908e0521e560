/** The period chooser: two Dutch calendar days, applied on "Toon", or back to the default period. */
import { useId, type FormEvent } from "react";
import { messages } from "../i18n/messages.js";
import type { ReportPeriodValues } from "./reportPeriodForm.js";

const t = messages.reports;

/** The period form; `error` is the reason the last "Toon" was refused. */
export function ReportPeriodForm({
  values,
  error,
  onChange,
  onApply,
  onDefault,
}: {
  values: ReportPeriodValues;
  error: string | null;
  onChange: (values: ReportPeriodValues) => void;
  onApply: () => void;
  onDefault: () => void;
}) {
  const base = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply();
  };
  return (
    <form className="rapport-period" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.periodLegend}</legend>
        <div className="rapport-period-fields">
          <div className="field-compact">
            <label htmlFor={`${base}-from`}>{t.periodFrom}</label>
            <input
              id={`${base}-from`}
              type="date"
              value={values.from}
              onChange={(e) => onChange({ ...values, from: e.target.value })}
            />
          </div>
          <div className="field-compact">
            <label htmlFor={`${base}-to`}>{t.periodTo}</label>
            <input
              id={`${base}-to`}
              type="date"
              value={values.to}
              onChange={(e) => onChange({ ...values, to: e.target.value })}
            />
          </div>
          <div className="rapport-period-buttons">
            <button type="submit" className="button button-primary">
              {t.apply}
            </button>
            <button type="button" className="button button-quiet" onClick={onDefault}>
              {t.defaultPeriod}
            </button>
          </div>
        </div>
        {error !== null && (
          <p className="rapport-period-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}
