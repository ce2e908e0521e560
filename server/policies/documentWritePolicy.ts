/**
 * What a writer may change within a document, beyond being allowed to write it at all
 * (documentPolicy.ts). The collaboration server asks once per connection and then checks every
 * update of that connection against the answer, before anything is applied.
 *
 * Triage document: partners fill it in at the same time, but each answers "bekend bij ons" for
 * its own organisation only, and nothing outside the document's own top-level keys is written.
 * Other documents: anything write access allows.
 */
import { TRIAGE_DOC_KEYS } from "../../shared/docs/triageDoc.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { Principal } from "../auth/principal.js";
import type { UpdateGuard } from "../collab/types.js";

const TRIAGE_ROOTS: ReadonlySet<string> = new Set(Object.values(TRIAGE_DOC_KEYS));

/** The guard for the principal's updates to the named document; null when none is needed. */
export function documentUpdateGuard(principal: Principal, docName: string): UpdateGuard | null {
  const doc = parseDocName(docName);
  if (doc?.type !== "case" || doc.kind !== "triage") return null;
  return (places) =>
    places.every(
      (place) =>
        TRIAGE_ROOTS.has(place.root) &&
        (place.root !== TRIAGE_DOC_KEYS.bekendBij || place.key === principal.organisationId),
    );
}
