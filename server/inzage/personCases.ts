/**
 * Which cases an inzageoverzicht covers. The person asks what the ZVH holds on them, not what one
 * case holds: the file covers the case it is asked from and every other case of the region whose
 * persons concerned include someone with the same BSN and the same date of birth. Never by name and
 * date of birth alone: two people can share them. Never by BSN alone either: a BSN mistyped at
 * registration can pass the elfproef and belong to someone else, and a wrong match would hand one
 * person's data to another. A case left out is left to the procesregisseur, who finds it with the
 * case search and prepares it from there.
 */
import type { Principal } from "../auth/principal.js";
import { foldName } from "../commands/caseSearchTerm.js";
import { mayExportInzage } from "../policies/casePolicy.js";
import type { Betrokkene } from "../../shared/domain/case.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import type { PersonInCase } from "./inzageContent.js";

/**
 * Whether a person concerned is the one with this BSN and date of birth: both must match, and a
 * person registered without a BSN matches no one.
 */
export function isSamePerson(
  person: Pick<Betrokkene, "bsn" | "geboortedatum">,
  bsn: string | undefined,
  geboortedatum: string,
): boolean {
  return bsn !== undefined && person.bsn === bsn && person.geboortedatum === geboortedatum;
}

/** The person in `found` first, then in the region's other cases by BSN and date of birth, oldest first. */
export function casesOfPerson(
  store: Store,
  principal: Principal,
  found: CaseRecord,
  person: Betrokkene,
): PersonInCase[] {
  const others: PersonInCase[] = [];
  if (person.bsn !== undefined) {
    for (const record of store.cases.list()) {
      if (record.id === found.id || !mayExportInzage(principal, record)) continue;
      const same = record.betrokkenen.find((b) =>
        isSamePerson(b, person.bsn, person.geboortedatum),
      );
      if (same !== undefined) others.push({ record, person: same });
    }
  }
  others.sort((a, b) => a.record.createdAt.localeCompare(b.record.createdAt));
  return [{ record: found, person }, ...others];
}

/**
 * The persons of `found` whose BSN another case `principal` may prepare inzage for records with
 * another name or date of birth: a BSN mistyped at registration (it can pass the elfproef), or a
 * person registered twice with a typo. The procesregisseur is told which person, not which case.
 */
export function personsWithBsnElsewhereDifferent(
  store: Store,
  principal: Principal,
  found: CaseRecord,
): Set<string> {
  const flagged = new Set<string>();
  const withBsn = found.betrokkenen.filter((p) => p.bsn !== undefined && p.bsn !== "");
  if (withBsn.length === 0) return flagged;
  for (const record of store.cases.list()) {
    if (record.id === found.id || !mayExportInzage(principal, record)) continue;
    for (const person of withBsn) {
      const differs = record.betrokkenen.some(
        (other) =>
          other.bsn === person.bsn &&
          (other.geboortedatum !== person.geboortedatum ||
            foldName(other.naam) !== foldName(person.naam)),
      );
      if (differs) flagged.add(person.id);
    }
  }
  return flagged;
}
