import fc from "fast-check";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditQuerySchema, type AuditQuery } from "../../shared/api/audit.js";
import type { AuditEntry } from "./auditEvent.js";
import { addMonths, matchesAuditFilter, monthMayHold, readAuditPage } from "./auditPage.js";

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

/** Writes entries into month files named after each entry's UTC month, as the trail does. */
async function writeTrail(entries: AuditEntry[]): Promise<void> {
  const byMonth = new Map<string, string>();
  for (const e of entries) {
    const month = e.at.slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? "") + JSON.stringify(e) + "\n");
  }
  for (const [month, text] of byMonth) await writeFile(join(dir, `audit-${month}.jsonl`), text);
}

const query = (q: Record<string, string> = {}): AuditQuery => AuditQuerySchema.parse(q);

/** Reads every page with `limit`, following `nextBefore`; returns the pages' seqs. */
async function allPages(q: Record<string, string>): Promise<number[][]> {
  const pages: number[][] = [];
  let before: number | null = null;
  do {
    const page = await readAuditPage(
      dir,
      query({ ...q, ...(before === null ? {} : { before: String(before) }) }),
      false,
    );
    pages.push(page.entries.map((e) => e.seq));
    before = page.nextBefore;
  } while (before !== null);
  return pages;
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
    expect(await readAuditPage(dir, query(), false)).toEqual({ entries: [], nextBefore: null });
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
});
