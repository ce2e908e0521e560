/**
 * What the form to extend a closed case's bewaartermijn checks before sending: the shared schema
 * (a reason of the right length), a chosen date, and that the date is later than the case is kept
 * now. The server checks the same and more (at most ten years ahead).
 */
import {
  RetentionExtensionSchema,
  type RetentionExtension,
} from "../../../shared/api/retention.js";
import { addDays, isIsoDate } from "../../../shared/domain/dates.js";
import { checkForm, type Checked, type FieldErrors } from "../../forms/checkedForm.js";
import { formatDate } from "../../format/date.js";
import { messages } from "../../i18n/messages.js";

const t = messages.retention.caseView;

/** The extension form's fields as typed; `tot` is a date input's value (yyyy-mm-dd or ""). */
export interface ExtensionValues {
  tot: string;
  reden: string;
}

/** The form's starting values: nothing chosen, nothing written. */
export const NO_EXTENSION: ExtensionValues = { tot: "", reden: "" };

/** The request to send, or the first problem per field; `bewaardTot` is the case's last day now. */
export function checkExtension(
  values: ExtensionValues,
  bewaardTot: string,
): Checked<RetentionExtension> {
  const checked = checkForm(RetentionExtensionSchema, values);
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  // The schema's own date message is for developers ("jjjj-mm-dd"); a user just chose no date.
  if (!isIsoDate(values.tot)) errors.tot = t.chooseDate;
  // yyyy-mm-dd dates compare as text in calendar order.
  else if (values.tot <= bewaardTot) errors.tot = t.notLater(formatDate(bewaardTot));
  if (checked.ok && Object.keys(errors).length === 0) return checked;
  return { ok: false, errors };
}

/** The calendar day after a yyyy-mm-dd date (the first date an extension may choose). */
export function dayAfter(date: string): string {
  return isIsoDate(date) ? addDays(date, 1) : date;
}
