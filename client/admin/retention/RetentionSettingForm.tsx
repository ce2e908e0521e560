/**
 * "Bewaartermijn wijzigen": the number of months, checked with the shared schema before sending.
 * The server's refusal is shown in the form, which keeps what was typed.
 */
import { useId, useState } from "react";
import { RETENTION_MONTHS, type RetentionSetting } from "../../../shared/api/retention.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";
import { messages } from "../../i18n/messages.js";
import { AccountField } from "../accounts/AccountField.js";
import { AccountFormEnd } from "../accounts/AccountFormEnd.js";
import { checkRetentionMonths } from "./retentionSettingForm.js";

const t = messages.retention.setting;

/** Props: the period as stored, the button's text, and what saving does (rejects with the reason). */
export interface RetentionSettingFormProps {
  current: RetentionSetting;
  submitLabel: string;
  onSave: (setting: RetentionSetting) => Promise<void>;
}

/** The form that sets the retention period. */
export function RetentionSettingForm({ current, submitLabel, onSave }: RetentionSettingFormProps) {
  const base = useId();
  const [months, setMonths] = useState(String(current.maanden));
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkRetentionMonths(months),
    onSave,
  );

  return (
    <form
      className="panel acc-create"
      aria-labelledby={`${base}-title`}
      onSubmit={onSubmit}
      noValidate
    >
      <h3 id={`${base}-title`}>{t.formTitle}</h3>
      <div className="acc-fields">
        <AccountField
          id={`${base}-months`}
          label={t.months}
          hint={t.monthsHint}
          error={errors.maanden}
          wide
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={RETENTION_MONTHS.min}
              max={RETENTION_MONTHS.max}
              step={1}
              value={months}
              onChange={(e) => setMonths(e.target.value)}
            />
          )}
        </AccountField>
      </div>
      <AccountFormEnd failure={failure} busy={busy} submitLabel={submitLabel} />
    </form>
  );
}
