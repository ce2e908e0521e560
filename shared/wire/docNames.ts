/**
 * Names of the collaborative (Yjs) documents. One format for client and server:
 *   case/<caseId>/<kind>   kind ∈ triage | analyse | leefgebieden | plan
 *   meeting/<meetingId>
 * Ids are 1–64 characters of [A-Za-z0-9_-], so a name is also a safe relative file path
 * and a safe URL path (`/collab/<docName>`) without escaping.
 */

/** The kinds of document every case has. */
export const CASE_DOC_KINDS = ["triage", "analyse", "leefgebieden", "plan"] as const;

/** One kind of case document. */
export type CaseDocKind = (typeof CASE_DOC_KINDS)[number];

/** A parsed document name. */
export type DocName =
  { type: "case"; caseId: string; kind: CaseDocKind } | { type: "meeting"; meetingId: string };

/** The URL path prefix under which clients open a document websocket. */
export const COLLAB_PATH_PREFIX = "/collab/";

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** True when `id` is a valid case or meeting id for use in a document name. */
export function isDocId(id: string): boolean {
  return ID_PATTERN.test(id);
}

function isCaseDocKind(kind: string): kind is CaseDocKind {
  return (CASE_DOC_KINDS as readonly string[]).includes(kind);
}

/** Parses a document name; returns null for anything that is not exactly a valid name. */
export function parseDocName(name: string): DocName | null {
  const parts = name.split("/");
  if (parts[0] === "case" && parts.length === 3) {
    const [, caseId = "", kind = ""] = parts;
    return isDocId(caseId) && isCaseDocKind(kind) ? { type: "case", caseId, kind } : null;
  }
  if (parts[0] === "meeting" && parts.length === 2) {
    const meetingId = parts[1] ?? "";
    return isDocId(meetingId) ? { type: "meeting", meetingId } : null;
  }
  return null;
}

/** Formats a document name; the inverse of `parseDocName`. */
export function formatDocName(doc: DocName): string {
  switch (doc.type) {
    case "case":
      return `case/${doc.caseId}/${doc.kind}`;
    case "meeting":
      return `meeting/${doc.meetingId}`;
  }
}

/** The name of one case document, e.g. `caseDocName("c1", "plan")` → `case/c1/plan`. */
export function caseDocName(caseId: string, kind: CaseDocKind): string {
  return formatDocName({ type: "case", caseId, kind });
}

/** The websocket path for a document: `/collab/<docName>`. */
export function collabPath(doc: DocName): string {
  return COLLAB_PATH_PREFIX + formatDocName(doc);
}
