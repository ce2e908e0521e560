/**
 * The procesregisseur's form to keep a closed case longer: until which day, and why. Checked
 * before sending (a later day, a reason of the right length); the server's refusal is shown in the
 * form, which keeps what was typed. Its parent remounts it once the extension is stored.
 */
import { useId, useState } from "react";
import { EXTENSION_REASON_LENGTH, type RetentionExtension } from "../../../shared/api/retention.js";
import { formatDate } from "../../format/date.js";
import { useCheckedSubmit } from "../../forms/useCheckedSubmit.js";
import { messages } from "../../i18n/messages.js";
import {
  checkExtension,
  dayAfter,
  latestExtension,
  NO_EXTENSION,
  type ExtensionValues,
} from "./retentionExtension.js";

const t = messages.retention.caseView;

/** Props: the case's last day now, and what extending does (rejects with the reason). */
export interface RetentionExtendFormProps {
  bewaardTot: string;
  onExtend: (extension: RetentionExtension) => Promise<void>;
}

/** A field's hint and error ids for `aria-describedby`, and whether it is invalid. */
function described(id: string, error: string | undefined) {
  return {
    "aria-describedby": error ? `${id}-hint ${id}-error` : `${id}-hint`,
    "aria-invalid": error ? true : undefined,
  };
}

/** The extension form. */
export function RetentionExtendForm({ bewaardTot, onExtend }: RetentionExtendFormProps) {
  const base = useId();
  const latest = latestExtension();
  const [values, setValues] = useState<ExtensionValues>(NO_EXTENSION);
  const set = (patch: Partial<ExtensionValues>) => setValues((v) => ({ ...v, ...patch }));
  const { errors, failure, busy, onSubmit } = useCheckedSubmit(
    () => checkExtension(values, bewaardTot, latest),
    onExtend,
  );

  const totId = `${base}-tot`;
  const redenId = `${base}-reden`;
  return (
    <form
      className="cw-retention-form"
      aria-labelledby={`${base}-title`}
      onSubmit={onSubmit}
      noValidate
    >
      <h3 id={`${base}-title`}>{t.formTitle}</h3>
      <p className="muted">{t.formIntro}</p>
      <div className="field-compact cw-retention-field">
        <label htmlFor={totId}>{t.until}</label>
        <input
          id={totId}
          type="date"
          min={dayAfter(bewaardTot)}
          max={latest}
          value={values.tot}
          {...described(totId, errors.tot)}
          onChange={(e) => set({ tot: e.target.value })}
        />
        <p className="cw-who" id={`${totId}-hint`}>
          {t.untilHint(formatDate(bewaardTot), formatDate(latest))}
        </p>
        {errors.tot && (
          <p className="cw-retention-error" id={`${totId}-error`} role="alert">
            {errors.tot}
          </p>
        )}
      </div>
      <div className="field-compact field-compact-wide cw-retention-field">
        <label htmlFor={redenId}>{t.reason}</label>
        <textarea
          id={redenId}
          rows={3}
          maxLength={EXTENSION_REASON_LENGTH.max}
          value={values.reden}
          {...described(redenId, errors.reden)}
          onChange={(e) => set({ reden: e.target.value })}
        />
        <p className="cw-who" id={`${redenId}-hint`}>
          {t.reasonHint}
        </p>
        {errors.reden && (
          <p className="cw-retention-error" id={`${redenId}-error`} role="alert">
            {errors.reden}
          </p>
        )}
      </div>
      {failure !== null && (
        <p className="notice notice-error cw-retention-notice" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button button-primary" aria-disabled={busy}>
        {busy ? t.busy : t.submit}
      </button>
    </form>
  );
}
