/**
 * The audit API as the Beheer page uses it. The filters travel in the query string, which is safe
 * because they are ids, an action, dates and numbers only, never a name.
 */
import {
  AUDIT_EXPORT_PATH,
  AuditChainCheckSchema,
  AuditPageSchema,
  AuditPersonsSchema,
  type AuditPersonLookup,
  type AuditPersonLookupInput,
  type AuditPersons,
  type AuditChainCheck,
  type AuditDamagedLine,
  type AuditFilter,
  type AuditPage,
} from "../../shared/api/audit.js";
import { requestJson } from "../api/http.js";

/** Entries per page on the Beheer page: a screenful, and "Meer laden" for the rest. */
export const AUDIT_SCREEN_PAGE = 50;

/** The filters as a query string, in a fixed order (it also keys the page's loads). */
export function auditFilterQuery(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const key of ["caseId", "subjectId", "userId", "action", "from", "to"] as const) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}

/**
 * Where the browser downloads everything `filter` selects as a CSV file (oldest first); the server
 * records the export as a read of the trail.
 */
export function auditExportHref(filter: AuditFilter): string {
  const query = auditFilterQuery(filter);
  return query === "" ? AUDIT_EXPORT_PATH : `${AUDIT_EXPORT_PATH}?${query}`;
}

/** One page of entries matching `filter`, newest first; older than `before` when given. */
export function fetchAuditPage(
  filter: AuditFilter,
  before: number | null,
  signal?: AbortSignal,
): Promise<AuditPage> {
  const params = new URLSearchParams(auditFilterQuery(filter));
  params.set("limit", String(AUDIT_SCREEN_PAGE));
  if (before !== null) params.set("before", String(before));
  return requestJson("GET", `/api/audit?${params.toString()}`, AuditPageSchema, { signal });
}

/** Checks the trail's hash chain. */
export function fetchChainCheck(signal?: AbortSignal): Promise<AuditChainCheck> {
  return requestJson("GET", "/api/audit/verify", AuditChainCheckSchema, { signal });
}

/**
 * The entries and damaged lines of `page` followed by those of the older `next` page; nothing
 * already shown is repeated.
 */
export function appendAuditPage(page: AuditPage, next: AuditPage): AuditPage {
  const shown = new Set(page.entries.map((e) => e.seq));
  const placeOf = (d: AuditDamagedLine) => `${d.file}:${d.line}`;
  const shownDamaged = new Set(page.damaged.map(placeOf));
  return {
    entries: [...page.entries, ...next.entries.filter((e) => !shown.has(e.seq))],
    damaged: [...page.damaged, ...next.damaged.filter((d) => !shownDamaged.has(placeOf(d)))],
    nextBefore: next.nextBefore,
    organisations: { ...page.organisations, ...next.organisations },
  };
}

/**
 * The ids a person concerned has in the cases, found by BSN and date of birth, or by name and date
 * of birth for someone without a BSN (in the body, as the form checked it).
 */
export function findAuditPerson(lookup: AuditPersonLookup): Promise<AuditPersons> {
  const { geboortedatum } = lookup;
  const body: AuditPersonLookupInput =
    lookup.by === "bsn" ? { bsn: lookup.bsn, geboortedatum } : { naam: lookup.naam, geboortedatum };
  return requestJson("POST", "/api/audit/persons", AuditPersonsSchema, { body });
}
