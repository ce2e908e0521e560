/**
 * The top-level types of each kind of case document, and their shape: a map (entries by key) or
 * a list (the prose fragment's blocks). The readers in this folder read nothing else, so the
 * collaboration server takes content nowhere else (server/policies/documentWritePolicy.ts).
 */
import type { CaseDocKind } from "../wire/docNames.js";
import { LEEFGEBIEDEN_DOC_KEYS } from "./leefgebiedenDoc.js";
import { PROSE_FIELD } from "./proseDoc.js";
import { TRIAGE_DOC_KEYS } from "./triageDoc.js";

/** How a top-level type holds its content. */
export type RootShape = "map" | "list";

const maps = (names: readonly string[]): ReadonlyMap<string, RootShape> =>
  new Map(names.map((name) => [name, "map"]));

/** Each case document kind's top-level types by name. */
export const CASE_DOC_ROOTS: Readonly<Record<CaseDocKind, ReadonlyMap<string, RootShape>>> = {
  triage: maps(Object.values(TRIAGE_DOC_KEYS)),
  leefgebieden: maps(Object.values(LEEFGEBIEDEN_DOC_KEYS)),
  analyse: new Map([[PROSE_FIELD, "list"]]),
  plan: new Map([[PROSE_FIELD, "list"]]),
};
