/**
 * The case list's search state and its result. Every change of the search sends one
 * `POST /api/cases/search`; an answer to an older search is dropped when a newer one is under way.
 */
import { useEffect, useState } from "react";
import type { CaseSearchRequest, CaseSearchResult } from "../../shared/api/cases.js";
import { searchCases } from "../api/cases.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";

const UNAUTHORIZED = 401;

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

/** Where the search result stands. */
export type CaseSearchLoad =
  | { status: "loading"; previous: CaseSearchResult | null }
  | { status: "failed"; message: string }
  | { status: "loaded"; result: CaseSearchResult };

/** Runs `search` whenever it changes and returns the result so far. */
export function useCaseSearch(search: CaseSearchRequest): CaseSearchLoad {
  const [load, setLoad] = useState<CaseSearchLoad>({ status: "loading", previous: null });

  useEffect(() => {
    const controller = new AbortController();
    setLoad((current) => ({
      status: "loading",
      previous: current.status === "loaded" ? current.result : null,
    }));
    searchCases(search, controller.signal).then(
      (result) => setLoad({ status: "loaded", result }),
      (error: unknown) => {
        // A 401 is handled by the session (it sends the user to login); nothing to show here.
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === UNAUTHORIZED) return;
        setLoad({ status: "failed", message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [search]);

  return load;
}
