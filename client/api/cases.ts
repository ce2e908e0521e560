/**
 * The case API as the client uses it. Search terms are personal data, so searching is a POST with
 * a JSON body: the term never appears in an address, the history or a server log.
 */
import { z } from "zod";
import {
  AanmeldOptiesSchema,
  CaseCreatedSchema,
  CaseSearchResultSchema,
  type AanmeldOpties,
  type CaseCreateInput,
  type CaseSearchInput,
  type CaseSearchResult,
} from "../../shared/api/cases.js";
import { CaseSchema } from "../../shared/domain/case.js";
import { requestJson } from "./http.js";

/** One row of the plain case list: only what a list needs, no persons concerned. */
export const CaseSummarySchema = CaseSchema.pick({
  id: true,
  title: true,
  phase: true,
  kind: true,
  gemeente: true,
  createdAt: true,
});

/** One row of the plain case list. */
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

const CaseListResponseSchema = z.object({ cases: z.array(CaseSummarySchema) });

/** The cases the signed-in user may see (unpaged, without personal data). */
export async function fetchCases(signal?: AbortSignal): Promise<CaseSummary[]> {
  const body = await requestJson("GET", "/api/cases", CaseListResponseSchema, { signal });
  return body.cases;
}

/** One page of the cases the signed-in user may see that match `search`. */
export function searchCases(
  search: CaseSearchInput,
  signal?: AbortSignal,
): Promise<CaseSearchResult> {
  return requestJson("POST", "/api/cases/search", CaseSearchResultSchema, {
    body: search,
    signal,
  });
}

/** The choices of the aanmelding form (the region's partner organisations). */
export function fetchAanmeldOpties(signal?: AbortSignal): Promise<AanmeldOpties> {
  return requestJson("GET", "/api/cases/aanmeldopties", AanmeldOptiesSchema, { signal });
}

/** Registers a case; resolves with its id. */
export async function createCase(aanmelding: CaseCreateInput): Promise<string> {
  const body = await requestJson("POST", "/api/cases", CaseCreatedSchema, { body: aanmelding });
  return body.id;
}
