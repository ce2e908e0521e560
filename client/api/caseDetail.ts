/**
 * One case for its page (`GET /api/cases/:id`) and the procesregisseur's triage decision
 * (`POST /api/cases/:id/triage-besluit`), both with the shared schemas of shared/api/cases.ts.
 */
import {
  CaseDetailSchema,
  TriageBesluitSchema,
  type CaseDetail,
  type TriageBesluitInput,
} from "../../shared/api/cases.js";
import type { CaseErasureReason } from "../../shared/api/caseErasure.js";
import { ApiError } from "./errors.js";
import { requestJson, requestVoid } from "./http.js";

const NOT_FOUND = 404;
const FORBIDDEN = 403;

/** The path of one case's API resource; ids only, never personal data. */
function casePathOf(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}`;
}

/**
 * Fetches a case; null when it does not exist or the user may not see it (the server answers 404
 * alike for both). Any other failure throws `ApiError`, so a caller can retry or report it.
 */
export async function fetchCase(caseId: string, signal?: AbortSignal): Promise<CaseDetail | null> {
  try {
    return await requestJson("GET", casePathOf(caseId), CaseDetailSchema, { signal });
  } catch (error: unknown) {
    if (error instanceof ApiError && (error.status === NOT_FOUND || error.status === FORBIDDEN)) {
      return null;
    }
    throw error;
  }
}

/** Records the triage decision; answers the case as it is after the decision (new phase). */
export async function recordTriageBesluit(
  caseId: string,
  besluit: TriageBesluitInput,
): Promise<CaseDetail> {
  return requestJson("POST", `${casePathOf(caseId)}/triage-besluit`, CaseDetailSchema, {
    body: TriageBesluitSchema.parse(besluit),
  });
}

/** Erases the case as registered in error, for `reden`; the case is gone once this resolves. */
export function eraseCase(caseId: string, reden: CaseErasureReason): Promise<void> {
  return requestVoid("POST", `${casePathOf(caseId)}/verwijdering`, { body: { reden } });
}
