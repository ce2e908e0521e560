import { describe, expect, it } from "vitest";
import type { Betrokkene } from "../../shared/domain/case.js";
import { matchesBetrokkene, parseSearchTerm, type SearchTerm } from "./caseSearchTerm.js";

function buildPerson(overrides: Partial<Betrokkene> = {}): Betrokkene {
  return {
    id: "pers_1",
    naam: "Zoë van Duinkerken",
    geboortedatum: "1990-05-07",
    bsn: "111222333",
    postcode: "9999 AA",
    woonplaats: "Westerduin",
    ...overrides,
  };
}

function term(raw: string): SearchTerm {
  const parsed = parseSearchTerm(raw);
  if (parsed === null) throw new Error("empty term");
  return parsed;
}

describe("search terms on the case list", () => {
  it("finds a person by part of the name, ignoring case and accents", () => {
    expect(matchesBetrokkene(term("zoe VAN"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("Duinkerken"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("Zandvoort"), buildPerson())).toBe(false);
  });

  it("finds a person by the whole BSN but not by a different one", () => {
    expect(matchesBetrokkene(term("111222333"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("123456782"), buildPerson())).toBe(false);
  });

  it("finds a person by postcode with or without the space, and by its four digits", () => {
    expect(matchesBetrokkene(term("9999aa"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("9999 AA"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("9999"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("9998 AA"), buildPerson())).toBe(false);
  });

  it("finds a person by date of birth written dd-mm-jjjj or d-m-jjjj", () => {
    expect(matchesBetrokkene(term("07-05-1990"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("7-5-1990"), buildPerson())).toBe(true);
    expect(matchesBetrokkene(term("05-07-1990"), buildPerson())).toBe(false);
  });

  it("reads an impossible date as no date", () => {
    expect(term("31-02-1990").geboortedatum).toBeNull();
  });

  it("treats an empty term as no search at all", () => {
    expect(parseSearchTerm("   ")).toBeNull();
  });

  it("does not match every name on a single letter", () => {
    expect(matchesBetrokkene(term("z"), buildPerson())).toBe(false);
  });
});
