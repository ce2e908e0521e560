/**
 * The rows of the audit table: the page's entries, newest first, with each damaged line in its
 * place. A damaged line stands after the entry named by its `newerSeq` (the nearest readable entry
 * after it in the trail) and before every older entry; with no `newerSeq` it is the newest line.
 */
import type { AuditDamagedLine, AuditEntryView } from "../../shared/api/audit.js";

/** One row: an entry, or a line that could not be read. */
export type AuditRow =
  { kind: "entry"; entry: AuditEntryView } | { kind: "damaged"; line: AuditDamagedLine };

/** Entries (newest first) and damaged lines (newest first) merged into the table's rows. */
export function auditRows(
  entries: readonly AuditEntryView[],
  damaged: readonly AuditDamagedLine[],
): AuditRow[] {
  const rows: AuditRow[] = [];
  let next = 0;
  for (const entry of entries) {
    // Damaged lines newer than this entry come first: their newer neighbour is above it.
    for (let line = damaged[next]; line !== undefined; line = damaged[next]) {
      if (line.newerSeq !== null && line.newerSeq <= entry.seq) break;
      rows.push({ kind: "damaged", line });
      next++;
    }
    rows.push({ kind: "entry", entry });
  }
  for (const line of damaged.slice(next)) rows.push({ kind: "damaged", line });
  return rows;
}
