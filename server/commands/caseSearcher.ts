/**
 * Server-side search, filters, sort and paging of the case list, over the cases the user may see
 * (the case policy decides first; nothing else is ever looked at).
 */
import type { CaseSearchRequest } from "../../shared/api/cases.js";
import { CASE_PHASES } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import { caseAccessResolver } from "../policies/caseAccessResolver.js";
import { maySeeBetrokkeneDetails } from "../policies/casePolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { listOordeelOf } from "./caseListStatus.js";
import { foldName, matchesBetrokkene, parseSearchTerm } from "./caseSearchTerm.js";

/** One page of matching cases, the number of matches, and the values the filters can offer. */
export interface CaseSearchPage {
  cases: CaseRecord[];
  total: number;
  page: number;
  pageSize: number;
  gemeenten: string[];
  regios: string[];
}

/** A case's sort key; `details` tells whether the searcher may read its persons' address. */
type SortKey = (c: CaseRecord, details: boolean) => string | number;

const SORT_KEYS: Record<CaseSearchRequest["sort"]["veld"], SortKey> = {
  createdAt: (c) => c.createdAt,
  naam: (c) => foldName(c.betrokkenen[0]?.naam ?? ""),
  // An address the searcher may not read does not order the list either: it sorts as empty.
  woonplaats: (c, details) => (details ? foldName(c.betrokkenen[0]?.woonplaats ?? "") : ""),
  gemeente: (c) => foldName(c.gemeente),
  phase: (c) => CASE_PHASES.indexOf(c.phase),
};

/** Searches the cases the principal may see. */
export function searchVisibleCases(
  store: Store,
  principal: Principal,
  request: CaseSearchRequest,
): CaseSearchPage {
  const accessOf = caseAccessResolver(store, principal);
  const visible = store.cases.list().filter((c) => accessOf(c) !== "none");
  const term = parseSearchTerm(request.zoekterm);
  const phases = new Set(request.fase);
  const oordelen = new Set(request.oordeel);
  const gemeente = request.gemeente ? foldName(request.gemeente) : null;

  const matching = visible.filter(
    (c) =>
      (phases.size === 0 || phases.has(c.phase)) &&
      (oordelen.size === 0 || oordelen.has(listOordeelOf(c))) &&
      (gemeente === null || foldName(c.gemeente) === gemeente) &&
      (request.regio === undefined || c.regio === request.regio) &&
      (term === null ||
        c.betrokkenen.some((person) =>
          matchesBetrokkene(term, person, { details: maySeeBetrokkeneDetails(principal, c) }),
        )),
  );

  const key = SORT_KEYS[request.sort.veld];
  const direction = request.sort.richting === "asc" ? 1 : -1;
  // Keys are computed once per case, not per comparison; newest first breaks ties so paging is stable.
  const sorted = matching
    .map((c) => ({ c, k: key(c, maySeeBetrokkeneDetails(principal, c)) }))
    .sort((a, b) => {
      if (a.k < b.k) return -direction;
      if (a.k > b.k) return direction;
      return b.c.createdAt.localeCompare(a.c.createdAt) || a.c.id.localeCompare(b.c.id);
    })
    .map(({ c }) => c);

  const start = (request.page - 1) * request.pageSize;
  return {
    cases: sorted.slice(start, start + request.pageSize),
    total: matching.length,
    page: request.page,
    pageSize: request.pageSize,
    gemeenten: distinctSorted(visible.map((c) => c.gemeente)),
    regios: distinctSorted(visible.map((c) => c.regio)),
  };
}

function distinctSorted(values: string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, "nl"));
}
