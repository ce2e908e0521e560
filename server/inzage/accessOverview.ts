/**
 * Who accessed a person's data, as the inzageoverzicht tells that person (NEN 7513: a person may
 * learn which organisations looked at their data, and when). Read from the audit trail by the
 * person's betrokkene id and summed up per organisation, role and kind of access, with the first
 * and last day: a case read every week for a year is one row, not fifty. Only what was allowed:
 * a refused attempt showed nothing. Professionals are named by organisation and role, not by name.
 */
import { MAX_AUDIT_PAGE_SIZE } from "../../shared/api/audit.js";
import { AUDIT_ACTION_LABELS } from "../../shared/domain/auditAction.js";
import { ROLE_LABELS, type Role } from "../../shared/domain/roles.js";
import type { AuditEntry } from "../audit/auditEvent.js";
import type { AuditTrail } from "../audit/auditTrail.js";
import { dutchDateOf } from "../../shared/domain/regionTime.js";

/** One row of the overview: an organisation's role and kind of access, how often, first and last. */
export interface AccessRow {
  organisation: string;
  role: string;
  action: string;
  count: number;
  /** Dutch dates, dd-mm-jjjj. */
  first: string;
  last: string;
}

/** What the system itself did (an overdue signal, a check) is named as Casustafel. */
export const SYSTEM_ACTOR_LABEL = "Casustafel (automatisch)";

/**
 * Every entry of the trail that names the person under any of `subjectIds` (their id in each case
 * that holds them), each once, read page by page.
 */
export async function entriesAbout(
  trail: AuditTrail,
  subjectIds: readonly string[],
): Promise<AuditEntry[]> {
  const found = new Map<number, AuditEntry>();
  for (const subjectId of new Set(subjectIds)) {
    let before: number | undefined;
    do {
      const page = await trail.page({
        subjectId,
        limit: MAX_AUDIT_PAGE_SIZE,
        ...(before === undefined ? {} : { before }),
      });
      for (const entry of page.entries) found.set(entry.seq, entry);
      before = page.nextBefore ?? undefined;
    } while (before !== undefined);
  }
  return [...found.values()];
}

function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role;
}

/**
 * The allowed accesses summed up per organisation, role and action, sorted by organisation and
 * then by the last day, newest first. `organisationName` names an organisation id.
 */
export function accessRows(
  entries: readonly AuditEntry[],
  organisationName: (organisationId: string) => string,
): AccessRow[] {
  const rows = new Map<string, AccessRow & { firstAt: string; lastAt: string }>();
  for (const entry of entries) {
    if (entry.outcome !== "allowed") continue;
    const { actor } = entry;
    const organisation =
      actor.kind === "user" ? organisationName(actor.organisationId) : SYSTEM_ACTOR_LABEL;
    const role = actor.kind === "user" ? roleLabel(actor.role) : "";
    const action = AUDIT_ACTION_LABELS[entry.action] ?? entry.action;
    const key = JSON.stringify([organisation, role, action]);
    const row = rows.get(key);
    if (row === undefined) {
      rows.set(key, {
        organisation,
        role,
        action,
        count: 1,
        first: "",
        last: "",
        firstAt: entry.at,
        lastAt: entry.at,
      });
      continue;
    }
    row.count++;
    if (entry.at < row.firstAt) row.firstAt = entry.at;
    if (entry.at > row.lastAt) row.lastAt = entry.at;
  }
  return [...rows.values()]
    .sort(
      (a, b) =>
        a.organisation.localeCompare(b.organisation, "nl") ||
        b.lastAt.localeCompare(a.lastAt) ||
        a.action.localeCompare(b.action, "nl"),
    )
    .map(({ firstAt, lastAt, ...row }) => ({
      ...row,
      first: dutchDateOf(new Date(firstAt)),
      last: dutchDateOf(new Date(lastAt)),
    }));
}
