/**
 * The ids one person concerned has in the trail. Each case gives its persons their own id, so the
 * same person in three cases is three ids; the privacy officer finds them all by BSN and date of
 * birth (the rule of the inzageoverzicht: never by name, never by BSN alone) for one chronological
 * overview of what was done with that person's data (NEN 7513). A person recorded without a BSN
 * is found by name (folded as the case search folds it, then equal) and date of birth, and only
 * among persons without one. Cases already destroyed are no longer in the store: their entries
 * keep ids that nothing maps to a person any more.
 */
import type { AuditPersonLookup } from "../../shared/api/audit.js";
import type { Betrokkene } from "../../shared/domain/case.js";
import { foldName } from "../commands/caseSearchTerm.js";
import { isSamePerson } from "../inzage/personCases.js";
import type { Store } from "../store/store.js";

/** The person's ids and the cases that hold them. */
export interface PersonIds {
  subjectIds: string[];
  caseIds: string[];
}

/**
 * Every id the person has in a case of the store, oldest case first; at most `limit` (what one
 * overview's filter takes), the person's newest cases left out beyond it.
 */
export function findPersonIds(store: Store, lookup: AuditPersonLookup, limit: number): PersonIds {
  const found: PersonIds = { subjectIds: [], caseIds: [] };
  const cases = [...store.cases.list()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const record of cases) {
    const person = record.betrokkenen.find((b) => isLookedUp(b, lookup));
    if (person === undefined) continue;
    found.subjectIds.push(person.id);
    found.caseIds.push(record.id);
    if (found.subjectIds.length === limit) break;
  }
  return found;
}

/** Whether `person` is the one looked up: by BSN, or by name when neither has a BSN. */
function isLookedUp(person: Betrokkene, lookup: AuditPersonLookup): boolean {
  if (lookup.by === "bsn") return isSamePerson(person, lookup.bsn, lookup.geboortedatum);
  return (
    (person.bsn ?? "") === "" &&
    person.geboortedatum === lookup.geboortedatum &&
    foldName(person.naam) === foldName(lookup.naam)
  );
}
