import { describe, expect, it } from "vitest";
import type { ActionFilters } from "./actionsApi.js";
import { filtersFromSearch, searchOfFilters } from "./actionFiltersInUrl.js";

const OPENING: ActionFilters = {
  scope: "mine",
  status: "",
  caseId: "",
  dueWithinDays: "",
  overdue: false,
};

describe("the Mijn acties filters in the address", () => {
  it("writes only what differs from the opening filters, by enums and a case id", () => {
    expect(searchOfFilters(OPENING, OPENING).toString()).toBe("");
    const chosen: ActionFilters = {
      scope: "all",
      status: "te_laat",
      caseId: "case_AbC-12",
      dueWithinDays: "14",
      overdue: true,
    };
    const search = searchOfFilters(chosen, OPENING);
    expect(search.toString()).toBe("toon=alle&status=te_laat&casus=case_AbC-12&binnen=14&telaat=1");
    expect(filtersFromSearch(search, OPENING)).toEqual(chosen);
  });

  it("reads back a choice of the opening value as differing from another opening", () => {
    const procesregisseur: ActionFilters = { ...OPENING, scope: "all" };
    const search = searchOfFilters({ ...procesregisseur, scope: "mine" }, procesregisseur);
    expect(search.toString()).toBe("toon=mijn");
    expect(filtersFromSearch(search, procesregisseur).scope).toBe("mine");
  });

  it("ignores what it does not understand and keeps the opening value instead", () => {
    const typed = new URLSearchParams(
      "toon=iedereen&status=kwijt&casus=<script>&binnen=3&telaat=ja",
    );
    expect(filtersFromSearch(typed, OPENING)).toEqual(OPENING);
  });
});
