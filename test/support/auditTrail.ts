/** Reading the audit trail through the API in tests, as the beheerder, page by page. */
import { readdir } from "node:fs/promises";
import { expect } from "vitest";
import type { AuditEntry } from "../../server/audit/auditEvent.js";
import type { AuditDamagedLine } from "../../shared/api/audit.js";
import type { TestServer } from "./server.js";

/** One page as `GET /api/audit` answers it. */
export interface AuditPageBody {
  entries: AuditEntry[];
  damaged: AuditDamagedLine[];
  nextBefore: number | null;
  organisations: Record<string, string>;
}

/** One page of the trail for `query` (a query string without `?`), read as the beheerder. */
export async function readAuditPage(
  server: TestServer,
  query: string,
  cookie?: string,
): Promise<AuditPageBody> {
  const res = await server.api(`/api/audit?${query}`, {
    cookie: cookie ?? (await server.login("beheer")),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as AuditPageBody;
}

/**
 * Every entry matching `query`, oldest first (the order they were recorded in), following the
 * pages back to the first. Each page read is itself recorded, after the first page was read.
 */
export async function readAuditTrail(server: TestServer, query = ""): Promise<AuditEntry[]> {
  const cookie = await server.login("beheer");
  const entries: AuditEntry[] = [];
  let before: number | null = null;
  do {
    const cursor: string = before === null ? "" : `&before=${before}`;
    const page = await readAuditPage(server, `${query}&limit=500${cursor}`, cookie);
    entries.push(...page.entries);
    before = page.nextBefore;
  } while (before !== null);
  return entries.reverse();
}

/** The trail's month files in `auditDir`, oldest first (not the head anchor beside them). */
export async function monthFilesOf(auditDir: string): Promise<string[]> {
  return (await readdir(auditDir)).filter((f) => f.endsWith(".jsonl")).sort();
}
