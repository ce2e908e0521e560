/**
 * A damaged audit trail over HTTP: a line in the middle that someone edited into something else
 * still lets the beheerder page through everything around it, names its place (never its content)
 * and breaks the chain check there; newest lines removed while the server was down are found
 * against the anchored head, logged at start-up, and the server keeps auditing.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEntry } from "../../../server/audit/auditEvent.js";
import { checkAuditChain } from "../../../server/audit/chainCheck.js";
import type { AuditChainCheck, AuditDamagedLine } from "../../../shared/api/audit.js";
import { monthFilesOf, readAuditPage, readAuditTrail } from "../../support/auditTrail.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";

/** What an editor left in the middle of the file: personal data that must never be echoed. */
const SCRAWL = '{"seq":9,"note":"BSN 111222333 Zandvoort"';

let server: TestServer;
let logLines: string[];

beforeEach(async () => {
  server = await startTestServer();
  const jansen = await server.login("pr.jansen");
  const caseA = await caseIdByTitle(server, jansen, "Demo casus A");
  for (let i = 0; i < 12; i++) {
    expect((await server.api(`/api/cases/${caseA}`, { cookie: jansen })).status).toBe(200);
  }
});
afterEach(async () => server.stop());

/** Stops the server, lets `edit` change the month file's lines, and starts it again. */
async function editTrailOffline(edit: (lines: string[]) => string[]): Promise<string> {
  const dir = server.dataDir;
  await server.stop({ keepData: true });
  const auditDir = join(dir, "audit");
  const name = (await monthFilesOf(auditDir))[0] ?? "";
  const file = join(auditDir, name);
  const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
  await writeFile(
    file,
    edit(lines)
      .map((l) => l + "\n")
      .join(""),
  );
  logLines = [];
  server = await startTestServer({ LOG_LEVEL: "info" }, dir, logLines);
  return name;
}

async function verify(cookie: string): Promise<AuditChainCheck> {
  const res = await server.api("/api/audit/verify", { cookie });
  expect(res.status).toBe(200);
  return (await res.json()) as AuditChainCheck;
}

describe("a damaged line in the middle of the trail", () => {
  it("answers every page with the entries around it, shows it once in its place, breaks the chain there and logs it without its content", async () => {
    const file = await editTrailOffline((lines) => {
      lines[8] = SCRAWL;
      return lines;
    });
    const beheer = await server.login("beheer");

    const seqs: number[] = [];
    const damaged: AuditDamagedLine[] = [];
    let before: number | null = null;
    do {
      const cursor: string = before === null ? "" : `&before=${before}`;
      const page = await readAuditPage(server, `limit=4${cursor}`, beheer);
      expect(JSON.stringify(page)).not.toContain("111222333");
      seqs.push(...page.entries.map((e) => e.seq));
      damaged.push(...page.damaged);
      before = page.nextBefore;
    } while (before !== null);

    expect(damaged).toEqual([{ file, line: 9, lastLine: 9, lines: 1, newerSeq: 10 }]);
    expect(seqs).toContain(10);
    expect(seqs).toContain(8);
    expect(seqs).not.toContain(9);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    expect(await verify(beheer)).toMatchObject({
      ok: false,
      checked: 8,
      firstBadSeq: 9,
      firstBadLine: { file, line: 9 },
    });
    const log = logLines.join("\n");
    expect(log).toMatch(/"level":40.*"file":"audit-[\d-]+\.jsonl","line":9.*damaged lines/);
    expect(log).not.toContain("111222333");
  });
});

describe("newest lines removed while the server was down", () => {
  it("are found against the anchored head, logged as an error at start-up and recorded, while the server goes on auditing", async () => {
    const dir = server.dataDir;
    const auditDir = join(dir, "audit");
    let kept = 0;
    let removedTo = 0;
    await editTrailOffline((lines) => {
      kept = lines.length - 3;
      removedTo = lines.length;
      return lines.slice(0, kept);
    });
    // What is left is a valid chain: only the anchored head shows that entries are gone.
    expect(logLines.join("\n")).toMatch(/"level":50.*the newest entries are missing/);

    const beheer = await server.login("beheer");
    expect(await verify(beheer)).toMatchObject({
      ok: false,
      checked: kept,
      firstBadSeq: kept + 1,
      missing: { fromSeq: kept + 1, toSeq: removedTo },
    });
    const found = (await readAuditTrail(server, "action=audit.verify")).find(
      (e: AuditEntry) => e.actor.kind === "system",
    );
    expect(found).toMatchObject({
      seq: removedTo + 1,
      detail: { ok: false, newestMissing: true, lastSeq: kept, anchoredSeq: removedTo },
    });
    expect((await readAuditTrail(server, "action=auth.login")).at(-1)?.seq).toBeGreaterThan(
      removedTo,
    );

    // Stopped again with the newest lines gone and nothing after: the check says so itself.
    await server.stop({ keepData: true });
    const file = join(auditDir, (await monthFilesOf(auditDir))[0] ?? "");
    const lines = (await readFile(file, "utf8")).split("\n").filter(Boolean);
    await writeFile(
      file,
      lines
        .slice(0, -2)
        .map((l) => l + "\n")
        .join(""),
    );
    expect(await checkAuditChain(auditDir)).toMatchObject({ ok: false, newestMissing: true });
    server = await startTestServer({}, dir);
  });
});
