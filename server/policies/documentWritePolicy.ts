/**
 * What a writer may change within a document, beyond being allowed to write it at all
 * (documentPolicy.ts). The collaboration server asks once per connection and then checks every
 * update of that connection against the answer, before anything is applied.
 *
 * Triage document: partners fill it in at the same time, but each answers "bekend bij ons" for
 * its own organisation only, and nothing outside the document's own top-level keys is written.
 * Triage and leefgebieden documents: an answer or score says who gave it (`setBy`, shown as
 * "ingevuld door"), and a writer writes only their own user id there.
 * Other documents: anything write access allows.
 */
import { TRIAGE_DOC_KEYS } from "../../shared/docs/triageDoc.js";
import { LEEFGEBIED_FIELDS } from "../../shared/docs/leefgebiedenDoc.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { Principal } from "../auth/principal.js";
import type { UpdateGuard } from "../collab/types.js";
import type { UpdatePlace } from "../collab/updatePlaces.js";

const TRIAGE_ROOTS: ReadonlySet<string> = new Set(Object.values(TRIAGE_DOC_KEYS));

/**
 * Whether what the place adds names no one but the writer as its author: a `setBy` entry (a
 * leefgebied's score), or a value holding `setBy` (a triage answer). Places without a value pass.
 */
function stampedByWriter(place: UpdatePlace, userId: string): boolean {
  const entry = place.entry;
  if (entry === undefined) return true;
  if (entry.key === LEEFGEBIED_FIELDS.setBy) return entry.value === userId;
  const value = entry.value;
  if (typeof value !== "object" || value === null || !("setBy" in value)) return true;
  return value.setBy === userId;
}

/** Whether a value written could be a stamp: a user id, or an answer holding `setBy`. */
function mayBeStamp(value: unknown): boolean {
  return (
    typeof value === "string" || (typeof value === "object" && value !== null && "setBy" in value)
  );
}

/** The guard for the principal's updates to the named document; null when none is needed. */
export function documentUpdateGuard(principal: Principal, docName: string): UpdateGuard | null {
  const doc = parseDocName(docName);
  if (doc?.type !== "case") return null;
  const ownStamps = (places: readonly UpdatePlace[]) =>
    places.every((place) => stampedByWriter(place, principal.userId));
  if (doc.kind === "leefgebieden") return { judges: mayBeStamp, allows: ownStamps };
  if (doc.kind !== "triage") return null;
  return {
    judges: "every",
    allows: (places) =>
      ownStamps(places) &&
      places.every(
        (place) =>
          TRIAGE_ROOTS.has(place.root) &&
          (place.root !== TRIAGE_DOC_KEYS.bekendBij || place.key === principal.organisationId),
      ),
  };
}
