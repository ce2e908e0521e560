/**
 * Reading the audit trail one page at a time, newest first. Sequence numbers grow with time and
 * with the month files, so a page walks the files from the newest back and each file from its end,
 * and stops as soon as it has one entry more than the page holds (that entry proves there is a next
 * page). The cursor `before` is a sequence number: entries recorded while someone pages get higher
 * numbers, so a next page neither repeats nor skips an entry. A file is skipped unread when its
 * month lies outside the period asked for, or when its first entry is already at or past `before`.
 *
 * A damaged line (storedEntry.ts) has no seq to page by, so it is placed by the nearest readable
 * entry after it (`newerSeq`): a page shows it when that entry is at or below the cursor, that is
 * when the page before ended above it. Damaged lines do not count towards `limit`, and those met
 * between a full page's last entry and the entry that proves the next page are left to that next
 * page; so each is shown once, in its place, and a page never ends on a line without a cursor.
 * Damaged lines that follow each other in a file are one item (a run), so however much of a file
 * is damaged, a page holds at most one item more than it holds entries.
 */
import { join } from "node:path";
import {
  personIdsOf,
  targetsAccount,
  type AuditDamagedLine,
  type AuditFilter,
  type AuditQuery,
} from "../../shared/api/audit.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { AuditEntry } from "./auditEvent.js";
import { parseStoredEntry } from "./storedEntry.js";
import { firstLine, lineNumbersAt, linesBackward, monthFiles, monthOfFile } from "./trailFiles.js";

/**
 * A page of entries, newest first, the damaged lines among them, and the `before` of the next
 * page (null when none).
 */
export interface AuditPageRead {
  entries: AuditEntry[];
  damaged: AuditDamagedLine[];
  nextBefore: number | null;
}

/** A run of damaged lines met while reading, before its line numbers are looked up. */
interface DamagedAt {
  file: string;
  /** Where the run's first and last line start in the file. */
  start: number;
  lastStart: number;
  lines: number;
  newerSeq: number | null;
  /** How many entries the page held when it was met. */
  after: number;
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
  if (filter.subjectId !== undefined) {
    const wanted = personIdsOf(filter.subjectId);
    if (!entry.subjectIds.some((id) => wanted.includes(id))) return false;
  }
  if (filter.userId !== undefined && !concernsUser(entry, filter.userId)) return false;
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (filter.from === undefined && filter.to === undefined) return true;
  // The period is in Dutch calendar days, as the beheerder means them; `at` is UTC.
  const day = dutchDate(new Date(entry.at));
  return (
    (filter.from === undefined || day >= filter.from) &&
    (filter.to === undefined || day <= filter.to)
  );
}

/** Whether the user acted in the entry, or the entry is a change made to the user's account. */
function concernsUser(entry: AuditEntry, userId: string): boolean {
  if (entry.actor.kind === "user" && entry.actor.userId === userId) return true;
  return targetsAccount(entry.action) && entry.targetId === userId;
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
  const { before } = query;
  const files = await monthFiles(dir);
  const newest = files.at(-1);
  const found: AuditEntry[] = [];
  const damaged: DamagedAt[] = [];
  // The seq of the nearest readable entry after the line being read (the last one read).
  let newer: number | null = null;
  for (const name of [...files].reverse()) {
    const month = monthOfFile(name);
    if (month !== null && !monthMayHold(month, query)) continue;
    const path = join(dir, name);
    const options = { complete: !live || name !== newest };
    if (before !== undefined) {
      const first = await firstLine(path, options);
      if (first === undefined) continue;
      const firstEntry = parseStoredEntry(first.text);
      if (firstEntry !== null && firstEntry.seq >= before) {
        newer = firstEntry.seq;
        continue;
      }
    }
    // The run of damaged lines the line read before this one belongs to (reading backwards).
    let run: DamagedAt | null = null;
    for await (const line of linesBackward(path, options)) {
      const entry = parseStoredEntry(line.text);
      if (entry === null) {
        if (run !== null) {
          run.start = line.start;
          run.lines++;
        } else if (before === undefined || (newer !== null && newer <= before)) {
          const { start } = line;
          run = {
            file: name,
            start,
            lastStart: start,
            lines: 1,
            newerSeq: newer,
            after: found.length,
          };
          damaged.push(run);
        }
        continue;
      }
      run = null;
      newer = entry.seq;
      if (before !== undefined && entry.seq >= before) continue;
      if (!matchesAuditFilter(entry, query)) continue;
      found.push(entry);
      if (found.length > query.limit) break;
    }
    if (found.length > query.limit) break;
  }
  const full = found.length > query.limit;
  const entries = found.slice(0, query.limit);
  const last = entries.at(-1);
  const shown = full ? damaged.filter((d) => d.after < query.limit) : damaged;
  return {
    entries,
    damaged: await placesOf(dir, shown),
    nextBefore: full && last ? last.seq : null,
  };
}

/** The runs of damaged lines with their line numbers, one pass per file. */
async function placesOf(dir: string, damaged: DamagedAt[]): Promise<AuditDamagedLine[]> {
  const numbers = new Map<string, Map<number, number>>();
  for (const file of new Set(damaged.map((d) => d.file))) {
    const starts = damaged.filter((d) => d.file === file).flatMap((d) => [d.start, d.lastStart]);
    numbers.set(file, await lineNumbersAt(join(dir, file), starts));
  }
  return damaged.map(({ file, start, lastStart, lines, newerSeq }) => ({
    file,
    line: numbers.get(file)?.get(start) ?? 0,
    lastLine: numbers.get(file)?.get(lastStart) ?? 0,
    lines,
    newerSeq,
  }));
}
