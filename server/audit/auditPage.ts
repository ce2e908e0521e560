/**
 * Reading the audit trail one page at a time, newest first. Sequence numbers grow with time and
 * with the month files, so a page walks the files from the newest back and each file from its end,
 * and stops as soon as it has one entry more than the page holds (that entry proves there is a next
 * page). The cursor `before` is a sequence number: entries recorded while someone pages get higher
 * numbers, so a next page neither repeats nor skips an entry. A file is skipped unread when its
 * month lies outside the period asked for, or when its first entry is already at or past `before`.
 */
import { join } from "node:path";
import type { AuditFilter, AuditQuery } from "../../shared/api/audit.js";
import { dutchDate } from "../actions/today.js";
import type { AuditEntry } from "./auditEvent.js";
import { firstLine, linesBackward, monthFiles, monthOfFile } from "./trailFiles.js";

/** A page of entries, newest first, and the `before` of the next page (null when none). */
export interface AuditPageRead {
  entries: AuditEntry[];
  nextBefore: number | null;
}

/** Whether an entry passes every filter that is set. */
export function matchesAuditFilter(entry: AuditEntry, filter: AuditFilter): boolean {
  if (
    filter.caseId !== undefined &&
    entry.caseId !== filter.caseId &&
    !(entry.caseIds ?? []).includes(filter.caseId)
  ) {
    return false;
  }
  if (filter.subjectId !== undefined && !entry.subjectIds.includes(filter.subjectId)) return false;
  if (
    filter.userId !== undefined &&
    (entry.actor.kind !== "user" || entry.actor.userId !== filter.userId)
  ) {
    return false;
  }
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (filter.from === undefined && filter.to === undefined) return true;
  // The period is in Dutch calendar days, as the beheerder means them; `at` is UTC.
  const day = dutchDate(new Date(entry.at));
  return (
    (filter.from === undefined || day >= filter.from) &&
    (filter.to === undefined || day <= filter.to)
  );
}

/**
 * Whether the file of `month` (yyyy-mm) may hold entries of the period. A file is named after the
 * UTC month of the first entry of each write, so it may also hold the first moments of the next
 * month; and a Dutch day starts one or two hours before the UTC day. An entry of Dutch day D is
 * therefore in the file of D's month, of the month before, or (on the 1st) of two months before.
 */
export function monthMayHold(month: string, period: Pick<AuditFilter, "from" | "to">): boolean {
  if (period.to !== undefined && month > period.to.slice(0, 7)) return false;
  if (period.from !== undefined && month < addMonths(period.from.slice(0, 7), -2)) return false;
  return true;
}

/** The month (yyyy-mm) `count` months after `month`. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Reads one page of the trail in `dir`; `live` when the newest file may still be appended to. */
export async function readAuditPage(
  dir: string,
  query: AuditQuery,
  live: boolean,
): Promise<AuditPageRead> {
  const files = await monthFiles(dir);
  const newest = files.at(-1);
  const found: AuditEntry[] = [];
  for (const name of files.reverse()) {
    const month = monthOfFile(name);
    if (month !== null && !monthMayHold(month, query)) continue;
    const path = join(dir, name);
    const options = { complete: !live || name !== newest };
    if (query.before !== undefined) {
      const first = await firstLine(path, options);
      if (first === undefined || parseEntry(first).seq >= query.before) continue;
    }
    for await (const line of linesBackward(path, options)) {
      const entry = parseEntry(line);
      if (query.before !== undefined && entry.seq >= query.before) continue;
      if (!matchesAuditFilter(entry, query)) continue;
      found.push(entry);
      if (found.length > query.limit) break;
    }
    if (found.length > query.limit) break;
  }
  const entries = found.slice(0, query.limit);
  const last = entries.at(-1);
  return { entries, nextBefore: found.length > query.limit && last ? last.seq : null };
}

function parseEntry(line: string): AuditEntry {
  return JSON.parse(line) as AuditEntry;
}
