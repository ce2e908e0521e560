import fc from "fast-check";
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

/** A searcher who may see BSN and address; `unseen` may see only name and date of birth. */
const seen = { details: true };
const unseen = { details: false };

function term(raw: string): SearchTerm {
  const parsed = parseSearchTerm(raw);
  if (parsed === null) throw new Error("empty term");
  return parsed;
}

describe("search terms on the case list", () => {
  it("matches BSN and postcode only for whoever may see them, name and date of birth for everyone", () => {
    expect(matchesBetrokkene(term("111222333"), buildPerson(), unseen)).toBe(false);
    expect(matchesBetrokkene(term("9999 AA"), buildPerson(), unseen)).toBe(false);
    expect(matchesBetrokkene(term("Duinkerken"), buildPerson(), unseen)).toBe(true);
    expect(matchesBetrokkene(term("07-05-1990"), buildPerson(), unseen)).toBe(true);
  });

  it("finds a person by part of the name, ignoring case and accents", () => {
    expect(matchesBetrokkene(term("zoe VAN"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("Duinkerken"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("Zandvoort"), buildPerson(), seen)).toBe(false);
  });

  it("finds names with letters a Dutch keyboard lacks as they are typed on one", () => {
    for (const [naam, typed] of [
      ["Şahin Yıldız", "sahin yildiz"],
      ["Łukasz Wójcik", "Lukasz Wojcik"],
      ["Søren Østergård", "soren ostergard"],
      ["Jürgen Strauß", "Strauss"],
      ["Đorđe Perić", "dorde peric"],
    ] as const) {
      const person = buildPerson({ naam });
      expect(matchesBetrokkene(term(typed), person, seen)).toBe(true);
      // Typed as written, too.
      expect(matchesBetrokkene(term(naam), person, seen)).toBe(true);
    }
  });

  it("finds a person by the whole BSN but not by a different one", () => {
    expect(matchesBetrokkene(term("111222333"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("123456782"), buildPerson(), seen)).toBe(false);
  });

  it("finds a person by postcode with or without the space, and by its four digits", () => {
    expect(matchesBetrokkene(term("9999aa"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("9999 AA"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("9999"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("9998 AA"), buildPerson(), seen)).toBe(false);
  });

  it("finds a person by date of birth written dd-mm-jjjj or d-m-jjjj", () => {
    expect(matchesBetrokkene(term("07-05-1990"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("7-5-1990"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("05-07-1990"), buildPerson(), seen)).toBe(false);
  });

  it("finds a person by date of birth written jjjj-mm-dd, as a date field or another system gives it", () => {
    expect(matchesBetrokkene(term("1990-05-07"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("1990-5-7"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("1990/05/07"), buildPerson(), seen)).toBe(true);
    expect(matchesBetrokkene(term("1990-07-05"), buildPerson(), seen)).toBe(false);
  });

  it("reads every real date alike in its Dutch forms and its ISO form", () => {
    const dates = fc
      .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z") })
      .filter((date) => !Number.isNaN(date.getTime()))
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (iso) => {
        const [year = "", month = "", day = ""] = iso.split("-");
        const forms = [
          iso,
          `${day}-${month}-${year}`,
          `${Number(day)}-${Number(month)}-${year}`,
          `${year}-${Number(month)}-${Number(day)}`,
        ];
        for (const form of forms) expect(term(form).geboortedatum).toBe(iso);
      }),
    );
  });

  it("reads an impossible date as no date, in either order", () => {
    expect(term("31-02-1990").geboortedatum).toBeNull();
    expect(term("1990-02-31").geboortedatum).toBeNull();
    expect(term("1990-13-01").geboortedatum).toBeNull();
  });

  it("treats an empty term as no search at all", () => {
    expect(parseSearchTerm("   ")).toBeNull();
  });

  it("does not match every name on a single letter", () => {
    expect(matchesBetrokkene(term("z"), buildPerson(), seen)).toBe(false);
  });
});
