/**
 * What a writer may change within a document, beyond being allowed to write it at all
 * (documentPolicy.ts). The collaboration server asks once per connection and then checks every
 * update of that connection against the answer, before anything is applied.
 *
 * Triage document: partners fill it in at the same time, but each answers "bekend bij ons" for
 * its own organisation only, and nothing outside the document's own top-level keys is written.
 * Triage and leefgebieden documents: an answer or score says who gave it (`setBy`, shown as
 * "ingevuld door"), and a writer names only themselves there: every answer they write holds their
 * own user id as `setBy`, and a score comes with their `setBy` for the same leefgebied. The
 * history of earlier scores, and the day the server received a score, are the server's to write
 * (keepReplacedScores): no client writes them, deletes them or replaces the map that holds them.
 * Every case document: content only under the document's own top-level types and in their shape
 * (`CASE_DOC_ROOTS`: entries of a map, blocks of the prose), so nothing is kept beside what the
 * readers read. (What a prose block holds, its node names and attributes, is not judged here.)
 * Beyond that, analyse and plan: anything write access allows.
 */
import { CASE_DOC_ROOTS } from "../../shared/docs/docRoots.js";
import {
  LEEFGEBIED_FIELDS,
  LEEFGEBIEDEN_DOC_KEYS,
  SERVER_WRITTEN_FIELDS,
} from "../../shared/docs/leefgebiedenDoc.js";
import { TRIAGE_DOC_KEYS } from "../../shared/docs/triageDoc.js";
import { ZRM_SCORES } from "../../shared/domain/leefgebied.js";
import { parseDocName } from "../../shared/wire/docNames.js";
import type { Principal } from "../auth/principal.js";
import type { UpdateGuard } from "../collab/types.js";
import type { UpdatePlace } from "../collab/updatePlaces.js";

const TRIAGE_ROOTS: ReadonlySet<string> = new Set(Object.values(TRIAGE_DOC_KEYS));

/** Who gave an answer or score: the field of a triage answer and of a leefgebied's entry. */
const SET_BY = LEEFGEBIED_FIELDS.setBy;

/** Whether a value is a record (a triage answer is one). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Whether every triage answer the place adds holds the writer's id as `setBy`. */
function answeredByWriter(place: UpdatePlace, userId: string): boolean {
  return (place.entry?.values ?? []).every((v) => !isRecord(v) || v[SET_BY] === userId);
}

/**
 * Whether a place takes away what only the server writes: a leefgebied's history or the day its
 * score was received (`SERVER_WRITTEN_FIELDS`), or a whole leefgebied's map (which holds them).
 * A client replaces an entry only when it is no map yet.
 */
function takesHistory({ root, removed }: UpdatePlace): boolean {
  if (removed === undefined) return false;
  if (SERVER_WRITTEN_FIELDS.has(removed.key)) return true;
  return root === LEEFGEBIEDEN_DOC_KEYS.scores && removed.inRoot && removed.heldType;
}

/** The fields of a score that say what it is and who gave it when: changed only together. */
const SCORE_FIELDS: ReadonlySet<string> = new Set([
  LEEFGEBIED_FIELDS.score,
  LEEFGEBIED_FIELDS.setBy,
  LEEFGEBIED_FIELDS.setAt,
]);

/** Whether a place writes or takes away one of a leefgebied's score fields. */
function touchesScore({ entry, removed }: UpdatePlace): boolean {
  if (entry !== undefined && SCORE_FIELDS.has(entry.key)) return true;
  return removed !== undefined && !removed.inRoot && SCORE_FIELDS.has(removed.key);
}

/**
 * Whether the leefgebieden places name the writer only: each `setBy` entry is theirs, and each
 * leefgebied whose score, `setBy` or `setAt` the update writes or takes away is given their
 * `setBy` in the same update (so nobody clears, redates or unsigns another's score, or their own
 * to make it look like someone else's); no history is written or taken away.
 */
function scoredByWriter(places: readonly UpdatePlace[], userId: string): boolean {
  const stamped = new Set<string | null>();
  for (const place of places) {
    const { key, entry } = place;
    if ((entry && SERVER_WRITTEN_FIELDS.has(entry.key)) || takesHistory(place)) return false;
    if (entry?.key !== SET_BY) continue;
    if (!entry.values.every((v) => v === userId)) return false;
    stamped.add(key);
  }
  return places.every((p) => !touchesScore(p) || stamped.has(p.key));
}

/**
 * Whether a value written to a leefgebieden document could change who is named or what score is
 * shown: a string (a user id), a record, or a ZRM score. Such an update is fsynced before it is
 * relayed; every update is judged (`judgesAll`: any write may replace the history), the rest then
 * batched, as text typed in a note is.
 */
function mayNameOrScore(value: unknown): boolean {
  return (
    typeof value === "string" ||
    isRecord(value) ||
    (ZRM_SCORES as readonly unknown[]).includes(value)
  );
}

/** The guard for the principal's updates to the named document; null when none is needed. */
export function documentUpdateGuard(principal: Principal, docName: string): UpdateGuard | null {
  const doc = parseDocName(docName);
  if (doc?.type !== "case") return null;
  const { userId, organisationId } = principal;
  const roots = CASE_DOC_ROOTS[doc.kind];
  if (doc.kind === "leefgebieden") {
    return {
      roots,
      judges: mayNameOrScore,
      judgesAll: true,
      allows: (places) => scoredByWriter(places, userId),
    };
  }
  if (doc.kind !== "triage") return { roots, judges: "none", allows: () => true };
  return {
    roots,
    judges: "every",
    allows: (places) =>
      places.every(
        (place) =>
          TRIAGE_ROOTS.has(place.root) &&
          (place.root !== TRIAGE_DOC_KEYS.bekendBij || place.key === organisationId) &&
          answeredByWriter(place, userId),
      ),
  };
}
