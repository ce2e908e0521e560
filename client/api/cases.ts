/** The case list as the server presents it to the signed-in user. */
import { z } from "zod";
import { CaseSchema } from "../../shared/domain/case.js";
import { requestJson } from "./http.js";

/** One row of the case list: only what a list needs, no persons concerned. */
export const CaseSummarySchema = CaseSchema.pick({
  id: true,
  title: true,
  phase: true,
  kind: true,
  gemeente: true,
  createdAt: true,
});

/** One row of the case list. */
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema) });

/** The cases the signed-in user may see. */
export async function fetchCases(signal?: AbortSignal): Promise<CaseSummary[]> {
  const body = await requestJson("GET", "/api/cases", CaseListResponseSchema, { signal });
  return body.cases;
}
