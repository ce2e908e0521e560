/**
 * What the form to extend a closed case's bewaartermijn checks before sending: the shared schema
 * (a reason of the right length), a chosen date, that the date is later than the case is kept now,
 * and at most ten years from today (`RETENTION_MONTHS.max`, as the server checks).
 */
import {
  RETENTION_MONTHS,
  RetentionExtensionSchema,
  type RetentionExtension,
} from "../../../shared/api/retention.js";
import { addDays, addMonths, isIsoDate } from "../../../shared/domain/dates.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
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
  latest = latestExtension(),
): Checked<RetentionExtension> {
  const checked = checkForm(RetentionExtensionSchema, values);
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  // The schema's own date message is for developers ("jjjj-mm-dd"); a user just chose no date.
  if (!isIsoDate(values.tot)) errors.tot = t.chooseDate;
  // yyyy-mm-dd dates compare as text in calendar order.
  else if (values.tot <= bewaardTot) errors.tot = t.notLater(formatDate(bewaardTot));
  else if (values.tot > latest) errors.tot = t.tooLate(formatDate(latest));
  if (checked.ok && Object.keys(errors).length === 0) return checked;
  return { ok: false, errors };
}

/** The last day an extension may choose: ten years from today on the Dutch calendar. */
export function latestExtension(now = new Date()): string {
  const today = dutchDate(now);
  return addMonths(today, RETENTION_MONTHS.max) ?? today;
}

/** The calendar day after a yyyy-mm-dd date (the first date an extension may choose). */
export function dayAfter(date: string): string {
  return isIsoDate(date) ? addDays(date, 1) : date;
}
