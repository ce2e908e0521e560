import { describe, expect, it } from "vitest";
import type { AuditDamagedLine, AuditEntryView } from "../../shared/api/audit.js";
import { auditRows } from "./auditRows.js";

function buildEntry(seq: number): AuditEntryView {
  return {
    seq,
    at: "2025-03-01T10:00:00.000Z",
    action: "case.view",
    actor: { kind: "system", component: "test" },
    outcome: "allowed",
    subjectIds: [],
  };
}

const damagedLine = (line: number, newerSeq: number | null): AuditDamagedLine => ({
  file: "audit-2025-03.jsonl",
  line,
  lastLine: line,
  lines: 1,
  newerSeq,
});

/** The rows as seqs and `#line` for damaged lines. */
function shape(entries: number[], damaged: AuditDamagedLine[]): string[] {
  return auditRows(entries.map(buildEntry), damaged).map((row) =>
    row.kind === "entry" ? String(row.entry.seq) : `#${row.line.line}`,
  );
}

describe("the rows of the audit table", () => {
  it("puts a damaged line after the entry newer than it and before every older one", () => {
    expect(shape([9, 7, 4], [damagedLine(8, 9), damagedLine(5, 7)])).toEqual([
      "9",
      "#8",
      "7",
      "#5",
      "4",
    ]);
  });

  it("puts the newest line first when no entry follows it, and one below every shown entry last", () => {
    expect(shape([9], [damagedLine(12, null), damagedLine(3, 2)])).toEqual(["#12", "9", "#3"]);
  });

  it("places a damaged line whose newer entry the filter hides by that entry's number", () => {
    expect(shape([9, 4], [damagedLine(6, 6)])).toEqual(["9", "#6", "4"]);
  });
});
