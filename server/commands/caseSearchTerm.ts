/**
 * What a search term on the case list can mean, after seed 000: part of a name, a BSN, a postcode
 * (or its first digits) or a date of birth, written the Dutch way (dd-mm-jjjj, d-m-jjjj) or as ISO
 * (jjjj-mm-dd, as a date field or another system gives it). One term may match in several ways.
 */
import type { Betrokkene } from "../../shared/domain/case.js";
import { isIsoDate } from "../../shared/domain/dates.js";

/** A parsed search term: the forms it can take, each ready to compare. */
export interface SearchTerm {
  /** Lower-case, accents removed, single spaces. */
  name: string;
  /** Nine digits, when the term is one. */
  bsn: string | null;
  /** Upper-case without spaces, when the term looks like (the start of) a postcode. */
  postcode: string | null;
  /** yyyy-mm-dd, when the term is a date dd-mm-jjjj, d-m-jjjj or jjjj-mm-dd (with - / or .). */
  geboortedatum: string | null;
}

/**
 * Letters a Dutch keyboard lacks that do not decompose into a base letter and a mark, so stripping
 * marks leaves them: "Yıldız", "Łukasz", "Søren", "Strauß" are typed as Yildiz, Lukasz, Soren, Strauss.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ħ: "h",
  ŧ: "t",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  þ: "th",
  ĳ: "ij",
};
const UNDECOMPOSED_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "gu");

/**
 * Folds case and accents and collapses whitespace, so "Zoë  de Vries" finds "zoe de vries" and
 * "Şahin Yıldız" finds "sahin yildiz".
 */
export function foldName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/\s+/g, " ")
    .trim();
}

/** Parses a term; null when it is empty. */
export function parseSearchTerm(raw: string): SearchTerm | null {
  const term = raw.trim();
  if (term === "") return null;
  const compact = term.replace(/\s+/g, "").toUpperCase();
  return {
    name: foldName(term),
    bsn: /^\d{9}$/.test(compact) ? compact : null,
    postcode: /^[1-9]\d{3}([A-Z]{1,2})?$/.test(compact) ? compact : null,
    geboortedatum: dateOfTerm(term),
  };
}

/** Day first (Dutch: 3-2-1999, 03-02-1999) or year first (ISO: 1999-02-03), with - / or . between. */
const DAY_FIRST = /^(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>\d{4})$/;
const YEAR_FIRST = /^(?<year>\d{4})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})$/;

/** The term as a calendar date yyyy-mm-dd, or null when it is no (real) date. */
function dateOfTerm(term: string): string | null {
  const parts = (DAY_FIRST.exec(term) ?? YEAR_FIRST.exec(term))?.groups;
  if (parts?.year === undefined || parts.month === undefined || parts.day === undefined) {
    return null;
  }
  const iso = `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * True when one person concerned matches the term in any of its forms. BSN and postcode match only
 * with `details` (the searcher may see them, `maySeeBetrokkeneDetails`): otherwise a search would
 * tell whoever may see only the name which BSN or address the person has.
 */
export function matchesBetrokkene(
  term: SearchTerm,
  person: Betrokkene,
  { details }: { details: boolean },
): boolean {
  if (details && term.bsn !== null && person.bsn === term.bsn) return true;
  if (term.geboortedatum !== null && person.geboortedatum === term.geboortedatum) return true;
  if (
    details &&
    term.postcode !== null &&
    person.postcode?.replace(/\s+/g, "").toUpperCase().startsWith(term.postcode) === true
  ) {
    return true;
  }
  return term.name.length >= 2 && foldName(person.naam).includes(term.name);
}
