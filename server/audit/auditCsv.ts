/**
 * The audit trail as a CSV file for the privacy officer: one row per entry, oldest first, in the
 * Dutch spreadsheet dialect (semicolons, a byte-order mark so the accents read right). The cells
 * hold what the trail holds (ids, enums, dates, small facts), never a person's name. A cell that a
 * spreadsheet would take for a formula starts with an apostrophe. Each moment is given in UTC, as
 * stored, and in Dutch time as the Beheer page shows it, so an entry is found in both.
 */
import { AUDIT_ACTION_LABELS, type AuditAction } from "../../shared/domain/auditAction.js";
import type { AuditDamagedLine, AuditEntryView } from "../../shared/api/audit.js";
import { dutchDateTimeOf } from "../../shared/domain/regionTime.js";

const HEADER = [
  "volgnummer",
  "tijdstip",
  "tijdstip-nl",
  "actie",
  "omschrijving",
  "uitkomst",
  "gebruiker",
  "gebruiker-id",
  "rol",
  "organisatie",
  "casus-id",
  "casus-ids",
  "persoon-ids",
  "doel-id",
  "document",
  "details",
];

/** One cell: quoted when it holds a separator, quote or line end; a formula start defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The row of one entry. */
function entryRow(entry: AuditEntryView, organisationName: (id: string) => string): string[] {
  const { actor } = entry;
  const user = actor.kind === "user";
  const label = AUDIT_ACTION_LABELS[entry.action as AuditAction] ?? entry.action;
  return [
    String(entry.seq),
    entry.at,
    dutchTime(entry.at),
    entry.action,
    label,
    entry.outcome === "allowed" ? "toegestaan" : "geweigerd",
    user ? actor.username : `systeem: ${actor.component}`,
    user ? actor.userId : "",
    user ? actor.role : "",
    user ? organisationName(actor.organisationId) : "",
    entry.caseId ?? "",
    (entry.caseIds ?? []).join(","),
    entry.subjectIds.join(","),
    entry.targetId ?? "",
    entry.docName ?? "",
    entry.detail === undefined ? "" : JSON.stringify(entry.detail),
  ];
}

/** A stored moment in Dutch time (dd-mm-jjjj hh:mm:ss); empty when it is no moment. */
function dutchTime(at: string): string {
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? "" : dutchDateTimeOf(instant);
}

/** A damaged line's row: its place, and that it could not be read, under "omschrijving". */
function damagedRow(damaged: AuditDamagedLine): string[] {
  const place = `${damaged.file} regel ${damaged.line}-${damaged.lastLine}`;
  const row = HEADER.map(() => "");
  row[HEADER.indexOf("omschrijving")] = `beschadigde regels (${damaged.lines}): ${place}`;
  return row;
}

/** The CSV text of `entries` (oldest first) and the damaged lines met on the way. */
export function auditCsv(
  entries: readonly AuditEntryView[],
  damaged: readonly AuditDamagedLine[],
  organisationName: (id: string) => string,
): string {
  const rows = [
    HEADER,
    ...entries.map((entry) => entryRow(entry, organisationName)),
    ...damaged.map(damagedRow),
  ];
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}
