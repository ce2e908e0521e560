import fc from "fast-check";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditQuerySchema, type AuditQuery } from "../../shared/api/audit.js";
import type { AuditEntry } from "./auditEvent.js";
import {
  addMonths,
  matchesAuditFilter,
  monthMayHold,
  readAuditPage,
  type AuditPageRead,
} from "./auditPage.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-auditpage-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** An entry by `user` about `caseId`; the hash fields do not matter for reading pages. */
function buildEntry(seq: number, at: string, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at,
    action: "case.view",
    actor: {
      kind: "user",
      userId: "user_a",
      username: "a",
      organisationId: "org_a",
      role: "deelnemer",
    },
    outcome: "allowed",
    subjectIds: [],
    prevHash: "",
    hash: "",
    ...overrides,
  };
}

/** A line that is no entry, standing in a month file. */
interface Damage {
  damaged: string;
  month: string;
}

/**
 * Writes entries into month files named after each entry's UTC month, as the trail does; a
 * damaged line goes into the file of its month, where it stands in the list.
 */
async function writeTrail(rows: (AuditEntry | Damage)[]): Promise<void> {
  const byMonth = new Map<string, string>();
  for (const row of rows) {
    const month = "damaged" in row ? row.month : row.at.slice(0, 7);
    const text = "damaged" in row ? row.damaged : JSON.stringify(row);
    byMonth.set(month, (byMonth.get(month) ?? "") + text + "\n");
  }
  for (const [month, text] of byMonth) await writeFile(join(dir, `audit-${month}.jsonl`), text);
}

/** The lines someone could leave in a file: not JSON, or JSON of another shape. */
const DAMAGE = ['{"seq":5,"at":"2025-0', "BSN 111222333", '{"seq":"zeven"}', "[]"];

const query = (q: Record<string, string> = {}): AuditQuery => AuditQuerySchema.parse(q);

/** Reads every page with `limit`, following `nextBefore`; returns the pages. */
async function readAllPages(q: Record<string, string>): Promise<AuditPageRead[]> {
  const pages: AuditPageRead[] = [];
  let before: number | null = null;
  do {
    const page = await readAuditPage(
      dir,
      query({ ...q, ...(before === null ? {} : { before: String(before) }) }),
      false,
    );
    pages.push(page);
    before = page.nextBefore;
  } while (before !== null);
  return pages;
}

/** Reads every page with `limit`, following `nextBefore`; returns the pages' seqs. */
async function allPages(q: Record<string, string>): Promise<number[][]> {
  return (await readAllPages(q)).map((page) => page.entries.map((e) => e.seq));
}

/**
 * A page's rows newest first: a seq for an entry, `file:first-last` for a run of damaged lines, placed after
 * the entry its `newerSeq` names and before every older one.
 */
function rowsOf(page: AuditPageRead): string[] {
  const rows: string[] = [];
  const damaged = [...page.damaged];
  for (const entry of page.entries) {
    while (damaged[0] !== undefined && (damaged[0].newerSeq ?? Infinity) > entry.seq) {
      const line = damaged.shift();
      if (line) rows.push(`${line.file}:${line.line}-${line.lastLine}`);
    }
    rows.push(String(entry.seq));
  }
  return [...rows, ...damaged.map((line) => `${line.file}:${line.line}-${line.lastLine}`)];
}

describe("matching an entry against the filters", () => {
  const entry = buildEntry(1, "2025-03-31T22:30:00.000Z", {
    caseIds: ["case_b"],
    subjectIds: ["pers_1"],
    action: "case.list",
  });

  it("finds a case named in a list read, a person, a user and an action", () => {
    expect(matchesAuditFilter(entry, { caseId: "case_b" })).toBe(true);
    expect(matchesAuditFilter(entry, { caseId: "case_c" })).toBe(false);
    expect(matchesAuditFilter(entry, { subjectId: "pers_1", userId: "user_a" })).toBe(true);
    expect(matchesAuditFilter(entry, { userId: "user_b" })).toBe(false);
    expect(matchesAuditFilter(entry, { action: "case.list" })).toBe(true);
    expect(matchesAuditFilter(entry, { action: "case.view" })).toBe(false);
  });

  it("takes the period in Dutch days, so 00:30 on 1 April in Amsterdam is 1 April", () => {
    expect(matchesAuditFilter(entry, { from: "2025-04-01", to: "2025-04-01" })).toBe(true);
    expect(matchesAuditFilter(entry, { to: "2025-03-31" })).toBe(false);
  });

  it("finds a change made to a user's account by that user's id, as well as what the user did", () => {
    const change = buildEntry(3, entry.at, { action: "account.update", targetId: "user_z" });
    expect(matchesAuditFilter(change, { userId: "user_z" })).toBe(true);
    expect(matchesAuditFilter(change, { userId: "user_a" })).toBe(true);
    expect(matchesAuditFilter(change, { userId: "user_y" })).toBe(false);
    // Only an account change names a user as its target; a read of the trail for a user does not.
    const read = buildEntry(4, entry.at, { action: "audit.read", targetId: "user_z" });
    expect(matchesAuditFilter(read, { userId: "user_z" })).toBe(false);
  });

  it("never matches a system entry on a user", () => {
    const system = buildEntry(2, entry.at, { actor: { kind: "system", component: "jobs" } });
    expect(matchesAuditFilter(system, { userId: "user_a" })).toBe(false);
  });
});

describe("skipping month files outside the period", () => {
  it("keeps the months that may hold an entry of the period, with room for the Dutch day and a write across a month's end", () => {
    const period = { from: "2025-03-01", to: "2025-05-10" };
    expect(monthMayHold("2025-01", period)).toBe(true);
    expect(monthMayHold("2024-12", period)).toBe(false);
    expect(monthMayHold("2025-05", period)).toBe(true);
    expect(monthMayHold("2025-06", period)).toBe(false);
    expect(monthMayHold("2030-01", {})).toBe(true);
  });

  it("counts months across a year's end", () => {
    expect(addMonths("2025-01", -2)).toBe("2024-11");
    expect(addMonths("2024-12", 1)).toBe("2025-01");
  });
});

describe("reading the trail a page at a time", () => {
  it("reads newest first across month files and says where the next page starts", async () => {
    await writeTrail([
      buildEntry(1, "2025-01-31T10:00:00.000Z"),
      buildEntry(2, "2025-02-01T10:00:00.000Z"),
      buildEntry(3, "2025-02-02T10:00:00.000Z"),
      buildEntry(4, "2025-03-01T10:00:00.000Z"),
    ]);
    const first = await readAuditPage(dir, query({ limit: "3" }), false);
    expect(first.entries.map((e) => e.seq)).toEqual([4, 3, 2]);
    expect(first.nextBefore).toBe(2);
    const second = await readAuditPage(dir, query({ limit: "3", before: "2" }), false);
    expect(second.entries.map((e) => e.seq)).toEqual([1]);
    expect(second.nextBefore).toBeNull();
  });

  it("gives no next page when the last page is exactly full", async () => {
    await writeTrail([
      buildEntry(1, "2025-01-01T10:00:00.000Z"),
      buildEntry(2, "2025-01-01T11:00:00.000Z"),
    ]);
    expect((await readAuditPage(dir, query({ limit: "2" }), false)).nextBefore).toBeNull();
  });

  it("finds an entry of the 1st in Dutch time that sits in the file of the month before", async () => {
    await writeTrail([
      buildEntry(1, "2025-02-28T23:30:00.000Z"),
      buildEntry(2, "2025-03-02T10:00:00.000Z", { action: "case.list" }),
    ]);
    const page = await readAuditPage(dir, query({ from: "2025-03-01", to: "2025-03-01" }), false);
    expect(page.entries.map((e) => e.seq)).toEqual([1]);
  });

  it("reads an empty trail as one empty page", async () => {
    expect(await readAuditPage(dir, query(), false)).toEqual({
      entries: [],
      damaged: [],
      nextBefore: null,
    });
  });

  it("pages through every matching entry once, newest first, for any trail, filter and page size", async () => {
    const days = [
      "2025-01-31T23:50:00.000Z",
      "2025-02-10T08:00:00.000Z",
      "2025-03-31T22:10:00.000Z",
    ];
    const spec = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: days.length - 1 }),
        caseId: fc.constantFrom("case_a", "case_b"),
        outcome: fc.constantFrom("allowed" as const, "denied" as const),
      }),
      { maxLength: 25 },
    );
    await fc.assert(
      fc.asyncProperty(
        spec,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<Record<string, string>>(
          {},
          { caseId: "case_a" },
          { from: "2025-02-01" },
          { to: "2025-03-31" },
        ),
        async (rows, limit, filter) => {
          await rm(dir, { recursive: true, force: true });
          await mkdir(dir);
          // Times never go back, as the trail's clock does not.
          const sorted = [...rows].sort((a, b) => a.day - b.day);
          const entries = sorted.map((r, i) =>
            buildEntry(i + 1, days[r.day] ?? "", { caseId: r.caseId, outcome: r.outcome }),
          );
          await writeTrail(entries);
          const expected = entries
            .filter((e) => matchesAuditFilter(e, query(filter)))
            .map((e) => e.seq)
            .reverse();
          const pages = await allPages({ ...filter, limit: String(limit) });
          expect(pages.flat()).toEqual(expected);
          expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("reads the entries around a damaged line in the middle of a file and names its place, never its content", async () => {
    await writeTrail([
      buildEntry(1, "2025-03-01T10:00:00.000Z"),
      buildEntry(2, "2025-03-01T11:00:00.000Z"),
      { damaged: "BSN 111222333", month: "2025-03" },
      buildEntry(4, "2025-03-01T12:00:00.000Z"),
    ]);
    const page = await readAuditPage(dir, query(), false);
    expect(page.entries.map((e) => e.seq)).toEqual([4, 2, 1]);
    expect(page.damaged).toEqual([
      { file: "audit-2025-03.jsonl", line: 3, lastLine: 3, lines: 1, newerSeq: 4 },
    ]);
    expect(JSON.stringify(page)).not.toContain("111222333");
  });

  it("reads a line of another shape as damaged, also where a filter would look into it", async () => {
    await writeTrail([
      buildEntry(1, "2025-03-01T10:00:00.000Z"),
      { damaged: '{"seq":2,"at":"2025-03-01T11:00:00.000Z"}', month: "2025-03" },
    ]);
    const page = await readAuditPage(dir, query({ subjectId: "pers_1", userId: "user_b" }), false);
    expect(page).toEqual({
      entries: [],
      damaged: [{ file: "audit-2025-03.jsonl", line: 2, lastLine: 2, lines: 1, newerSeq: null }],
      nextBefore: null,
    });
  });

  it("names damaged lines that follow each other as one run, however many there are", async () => {
    await writeTrail([
      buildEntry(1, "2025-03-01T10:00:00.000Z"),
      ...Array.from({ length: 500 }, () => ({ damaged: "kapot", month: "2025-03" })),
      buildEntry(502, "2025-03-01T11:00:00.000Z"),
      { damaged: "ook kapot", month: "2025-03" },
    ]);
    const page = await readAuditPage(dir, query(), false);
    expect(page.entries.map((e) => e.seq)).toEqual([502, 1]);
    expect(page.damaged).toEqual([
      { file: "audit-2025-03.jsonl", line: 503, lastLine: 503, lines: 1, newerSeq: null },
      { file: "audit-2025-03.jsonl", line: 2, lastLine: 501, lines: 500, newerSeq: 502 },
    ]);
  });

  it("looks into a file whose first line is damaged instead of taking it for one past the cursor", async () => {
    await writeTrail([
      { damaged: "kapot", month: "2025-02" },
      buildEntry(1, "2025-02-01T10:00:00.000Z"),
      buildEntry(2, "2025-03-01T10:00:00.000Z"),
    ]);
    const page = await readAuditPage(dir, query({ before: "2" }), false);
    expect(page.entries.map((e) => e.seq)).toEqual([1]);
    expect(page.damaged).toEqual([
      { file: "audit-2025-02.jsonl", line: 1, lastLine: 1, lines: 1, newerSeq: 1 },
    ]);
  });

  it("pages across damaged lines so that each is shown once, in its place, for any trail and page size", async () => {
    const days = ["2025-01-31T23:50:00.000Z", "2025-02-10T08:00:00.000Z"];
    const spec = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: days.length - 1 }),
        caseId: fc.constantFrom("case_a", "case_b"),
        damage: fc.option(fc.constantFrom(...DAMAGE), { freq: 3 }),
      }),
      { maxLength: 25 },
    );
    await fc.assert(
      fc.asyncProperty(
        spec,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom<Record<string, string>>({}, { caseId: "case_a" }, { from: "2025-02-01" }),
        async (specRows, limit, filter) => {
          await rm(dir, { recursive: true, force: true });
          await mkdir(dir);
          const sorted = [...specRows].sort((a, b) => a.day - b.day);
          let seq = 0;
          const rows = sorted.map((r): AuditEntry | Damage => {
            const at = days[r.day] ?? "";
            // A damaged line takes the place (and number) of the entry it replaced.
            seq++;
            return r.damage === null
              ? buildEntry(seq, at, { caseId: r.caseId })
              : { damaged: r.damage, month: at.slice(0, 7) };
          });
          await writeTrail(rows);

          // Newest first: the entries that match and every run of damaged lines (lines that
          // follow each other in a file) of the months read.
          const lineNumbers = new Map<string, number>();
          const expected: string[] = [];
          // The run being read: its file and first and last line (first 0: none).
          let runFile = "";
          let runFirst = 0;
          let runLast = 0;
          for (const row of rows) {
            const month = "damaged" in row ? row.month : row.at.slice(0, 7);
            const file = `audit-${month}.jsonl`;
            const line = (lineNumbers.get(month) ?? 0) + 1;
            lineNumbers.set(month, line);
            if (runFirst > 0 && (runFile !== file || !("damaged" in row))) {
              expected.push(`${runFile}:${runFirst}-${runLast}`);
              runFirst = 0;
            }
            if (!monthMayHold(month, query(filter))) continue;
            if ("damaged" in row) {
              if (runFirst === 0) [runFile, runFirst] = [file, line];
              runLast = line;
            } else if (matchesAuditFilter(row, query(filter))) {
              expected.push(String(row.seq));
            }
          }
          if (runFirst > 0) expected.push(`${runFile}:${runFirst}-${runLast}`);
          const pages = await readAllPages({ ...filter, limit: String(limit) });
          expect(pages.flatMap(rowsOf)).toEqual(expected.reverse());
          expect(pages.slice(0, -1).every((p) => p.entries.length === limit)).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});
