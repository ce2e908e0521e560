/**
 * A case's afschaling as the case page changes it (`POST /api/cases/:id/afschaling`), answering
 * the case as it is afterwards; and how many of its actions are still open, for the question
 * before closing.
 */
import type { AfschalingChange } from "../../shared/api/afschaling.js";
import { ActionListSchema } from "../../shared/api/actions.js";
import { CaseDetailSchema, type CaseDetail } from "../../shared/api/cases.js";
import { requestJson } from "./http.js";

/** Brings the afschaling up to date, or closes the case. */
export function changeAfschaling(caseId: string, change: AfschalingChange): Promise<CaseDetail> {
  return requestJson(
    "POST",
    `/api/cases/${encodeURIComponent(caseId)}/afschaling`,
    CaseDetailSchema,
    // The server checks it and names a refused field in Dutch (an empty hand-back, say).
    { body: change },
  );
}

/** How many of the case's actions are open now. */
export async function countOpenActions(caseId: string): Promise<number> {
  const list = await requestJson(
    "GET",
    `/api/cases/${encodeURIComponent(caseId)}/open-actions`,
    ActionListSchema,
  );
  return list.actions.length;
}
