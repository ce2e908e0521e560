/**
 * A closed case's bewaartermijn as the client changes it (`POST /api/cases/:id/bewaartermijn`, and
 * `…/intrekking` to withdraw the latest extension), with the shared schemas of
 * shared/api/retention.ts. The answer is the case as it is afterwards,
 * so the page shows the server's truth.
 */
import { CaseDetailSchema, type CaseDetail } from "../../shared/api/cases.js";
import {
  RetentionExtensionSchema,
  retentionExtensionPath,
  retentionWithdrawalPath,
  RetentionWithdrawalSchema,
  type RetentionExtension,
  type RetentionWithdrawal,
} from "../../shared/api/retention.js";
import { requestJson } from "./http.js";

/** Keeps a closed case until a later date, for a reason; answers the case with its new retention. */
export function extendRetention(
  caseId: string,
  extension: RetentionExtension,
): Promise<CaseDetail> {
  return requestJson("POST", retentionExtensionPath(encodeURIComponent(caseId)), CaseDetailSchema, {
    body: RetentionExtensionSchema.parse(extension),
  });
}

/** Withdraws the case's latest extension still standing; answers the case as it is afterwards. */
export function withdrawRetentionExtension(
  caseId: string,
  withdrawal: RetentionWithdrawal,
): Promise<CaseDetail> {
  return requestJson(
    "POST",
    retentionWithdrawalPath(encodeURIComponent(caseId)),
    CaseDetailSchema,
    { body: RetentionWithdrawalSchema.parse(withdrawal) },
  );
}
