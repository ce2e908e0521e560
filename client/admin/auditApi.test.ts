import { describe, expect, it } from "vitest";
import type { AuditDamagedLine, AuditEntryView, AuditPage } from "../../shared/api/audit.js";
import { appendAuditPage, auditFilterQuery } from "./auditApi.js";

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

function buildPage(
  seqs: number[],
  nextBefore: number | null,
  org: string,
  damaged: AuditDamagedLine[] = [],
): AuditPage {
  return { entries: seqs.map(buildEntry), damaged, nextBefore, organisations: { [org]: org } };
}

describe("the audit API's query string", () => {
  it("holds only the filters that are set, in a fixed order", () => {
    expect(auditFilterQuery({ to: "2025-03-31", caseId: "case_a", action: "case.view" })).toBe(
      "caseId=case_a&action=case.view&to=2025-03-31",
    );
    expect(auditFilterQuery({})).toBe("");
  });
});

describe("appending an older page", () => {
  it("adds its entries after the shown ones, takes its cursor and keeps every organisation name", () => {
    const page = appendAuditPage(buildPage([9, 8], 8, "org_a"), buildPage([7, 6], null, "org_b"));
    expect(page.entries.map((e) => e.seq)).toEqual([9, 8, 7, 6]);
    expect(page.nextBefore).toBeNull();
    expect(page.organisations).toEqual({ org_a: "org_a", org_b: "org_b" });
  });

  it("never shows an entry twice", () => {
    const page = appendAuditPage(buildPage([9, 8], 8, "o"), buildPage([8, 7], 7, "o"));
    expect(page.entries.map((e) => e.seq)).toEqual([9, 8, 7]);
  });

  it("adds the older page's damaged lines after the shown ones, each once", () => {
    const file = "audit-2025-03.jsonl";
    const shown = { file, line: 4, lastLine: 4, lines: 1, newerSeq: 9 };
    const older = { file, line: 2, lastLine: 2, lines: 1, newerSeq: 7 };
    const page = appendAuditPage(
      buildPage([9, 8], 8, "o", [shown]),
      buildPage([7, 6], null, "o", [shown, older]),
    );
    expect(page.damaged).toEqual([shown, older]);
  });
});
