/** The overleggen of one case for its page (`GET /api/cases/:id/overleggen`). */
import {
  caseOverleggenPath,
  CaseOverleggenSchema,
  type CaseOverleggen,
} from "../../shared/api/caseOverleggen.js";
import { requestJson } from "./http.js";

/** Fetches the overleggen the case was or will be discussed in. */
export function fetchCaseOverleggen(caseId: string, signal?: AbortSignal): Promise<CaseOverleggen> {
  return requestJson("GET", caseOverleggenPath(caseId), CaseOverleggenSchema, { signal });
}
