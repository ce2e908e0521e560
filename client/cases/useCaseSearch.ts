/**
 * The case list's search and its result. Every change of the search sends one
 * `POST /api/cases/search` (the term travels in the body, never in an address); an answer to an
 * older search is dropped when a newer one is under way, and an unreachable server is retried.
 */
import type { CaseSearchRequest, CaseSearchResult } from "../../shared/api/cases.js";
import { searchCases } from "../api/cases.js";
import { useLoader, type Load } from "../api/useLoader.js";

/** Rows per page of the case list. */
export const CASE_PAGE_SIZE = 25;

/** The search the list starts with: everything, newest first. */
export const INITIAL_SEARCH: CaseSearchRequest = {
  zoekterm: "",
  fase: [],
  oordeel: [],
  gemeente: undefined,
  regio: undefined,
  sort: { veld: "createdAt", richting: "desc" },
  page: 1,
  pageSize: CASE_PAGE_SIZE,
};

/** Runs `search` whenever it changes; `reload` runs it again. */
export function useCaseSearch(search: CaseSearchRequest): {
  load: Load<CaseSearchResult>;
  reload: () => void;
} {
  // The key holds the term, which is personal data: it lives in memory only, like the search.
  const { state, reload } = useLoader(JSON.stringify(search), (signal) =>
    searchCases(search, signal),
  );
  return { load: state, reload };
}
