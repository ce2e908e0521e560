/**
 * What the bewaartermijn form checks before sending: the typed number of months, read as a
 * number and checked with the shared schema, so "", "abc" and "12,5" get a sentence, not a NaN.
 */
import { RetentionSettingSchema, type RetentionSetting } from "../../../shared/api/retention.js";
import { checkForm, type Checked } from "../../forms/checkedForm.js";

/** The months as typed into the form (a number input's text), checked. */
export function checkRetentionMonths(typed: string): Checked<RetentionSetting> {
  const text = typed.trim();
  // Number("") is 0, which would read as "too short"; no number at all is left out instead,
  // so the schema asks for one.
  const months = text === "" ? Number.NaN : Number(text);
  return checkForm(RetentionSettingSchema, {
    maanden: Number.isNaN(months) ? undefined : months,
  });
}
