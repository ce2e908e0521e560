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
import { ApiError } from "./errors.js";
import { requestJson } from "./http.js";

/** The case page's load result; "unavailable" when it does not exist or the user may not see it. */
export type CaseLoad =
  | { status: "loaded"; view: CaseDetail }
  | { status: "unavailable" }
  | { status: "failed"; error: unknown };

const NOT_FOUND = 404;
const FORBIDDEN = 403;

/** The path of one case's API resource; ids only, never personal data. */
function casePathOf(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}`;
}

/** Loads a case; the server answers 404 alike for unknown cases and cases the user may not see. */
export async function loadCase(caseId: string, signal?: AbortSignal): Promise<CaseLoad> {
  try {
    const view = await requestJson("GET", casePathOf(caseId), CaseDetailSchema, { signal });
    return { status: "loaded", view };
  } catch (error: unknown) {
    if (error instanceof ApiError && (error.status === NOT_FOUND || error.status === FORBIDDEN)) {
      return { status: "unavailable" };
    }
    return { status: "failed", error };
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
