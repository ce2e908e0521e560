import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "../log.js";
import type { AuditEntry } from "./auditEvent.js";
import { AuditTrail } from "./auditTrail.js";
import { checkAuditChain } from "./chainCheck.js";
import { hashEntry } from "./entryHash.js";
import { readTrailHead } from "./trailHead.js";

let dir: string;
/** Trails opened by a test; each keeps its month file open until closed. */
let opened: AuditTrail[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-audittrail-"));
});
afterEach(async () => {
  await Promise.all(opened.map((trail) => trail.close()));
  opened = [];
  await rm(dir, { recursive: true, force: true });
});

/** Opens the trail in `dir`, to be closed after the test; `key` signs its anchor. */
async function openTrail(log = createLogger("silent"), key: Buffer | null = null) {
  const trail = await AuditTrail.open(dir, () => [], log, key);
  opened.push(trail);
  return trail;
}

/** A trail in `dir` with `count` system entries on disk. */
async function trailWith(count: number): Promise<AuditTrail> {
  const trail = await openTrail();
  for (let i = 0; i < count; i++) {
    trail.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
  }
  await trail.flush();
  return trail;
}

/** Records `count` system entries. */
function recordSome(trail: AuditTrail, count: number): void {
  for (let i = 0; i < count; i++) {
    trail.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
  }
}

/** The one month file's path and its lines (without the empty one after the last newline). */
async function trailLines(): Promise<{ file: string; lines: string[] }> {
  const name = (await readdir(dir)).find((f) => f.endsWith(".jsonl")) ?? "";
  const file = join(dir, name);
  return { file, lines: (await readFile(file, "utf8")).split("\n").filter(Boolean) };
}

/** Rewrites the month file with `lines`. */
async function writeLines(file: string, lines: string[]): Promise<void> {
  await writeFile(file, lines.map((l) => l + "\n").join(""));
}

/** A logger that keeps its lines, and the lines. */
function keptLog(): { log: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  return { log: createLogger("info", { write: (line: string) => void lines.push(line) }), lines };
}

describe("checking the audit trail's chain", () => {
  it("finds an untouched trail intact and counts its entries", async () => {
    const trail = await trailWith(5);
    expect(await trail.verify()).toMatchObject({ ok: true, checked: 5, firstBadSeq: null });
  });

  it("names the first changed entry", async () => {
    await trailWith(5);
    const { file, lines } = await trailLines();
    lines[2] = (lines[2] ?? "").replace('"outcome":"allowed"', '"outcome":"denied"');
    await writeFile(file, lines.join("\n") + "\n");
    expect(await checkAuditChain(dir)).toMatchObject({
      ok: false,
      checked: 2,
      firstBadSeq: 3,
      firstBadLine: {
        file: expect.stringMatching(/^audit-\d{4}-\d{2}\.jsonl$/) as string,
        line: 3,
      },
      missing: null,
    });
  });

  it("names the place of a removed entry", async () => {
    await trailWith(5);
    const { file, lines } = await trailLines();
    lines.splice(3, 1);
    await writeFile(file, lines.join("\n") + "\n");
    expect(await checkAuditChain(dir)).toMatchObject({
      ok: false,
      checked: 3,
      firstBadSeq: 4,
      firstBadLine: { line: 4 },
      missing: { fromSeq: 4, toSeq: 4 },
    });
  });

  it("reports an unreadable line as broken instead of failing", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, "geen json\n");
    expect(await checkAuditChain(dir)).toMatchObject({ ok: false, checked: 2, firstBadSeq: 3 });
  });

  it("leaves a last line still being written to the next check of a live trail", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, '{"action":"auth.lo');
    expect(await checkAuditChain(dir, true)).toMatchObject({
      ok: true,
      checked: 2,
      firstBadSeq: null,
    });
    expect((await checkAuditChain(dir)).ok).toBe(false);
  });

  it("cuts a last line left unfinished by a crash on reopen, logs it, and goes on from the entry before", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, '{"action":"auth.lo');
    const logLines: string[] = [];
    const log = createLogger("info", { write: (line: string) => void logLines.push(line) });
    const reopened = await openTrail(log);
    reopened.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
    expect(await reopened.verify()).toMatchObject({ ok: true, checked: 3, firstBadSeq: null });
    expect((await trailLines()).lines).toHaveLength(3);
    expect(logLines.join("\n")).toMatch(/unfinished last line cut off/);
  });

  it("continues numbering and chain after a reopen", async () => {
    await trailWith(3);
    const reopened = await trailWith(0);
    reopened.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
    expect(await reopened.verify()).toMatchObject({ ok: true, checked: 4, firstBadSeq: null });
  });

  it("names the place of a line in the middle that is no entry, though it is valid JSON", async () => {
    await trailWith(4);
    const { file, lines } = await trailLines();
    lines[1] = '{"seq":2,"note":"iemand heeft hier getypt"}';
    await writeLines(file, lines);
    expect(await checkAuditChain(dir)).toMatchObject({
      ok: false,
      checked: 1,
      firstBadSeq: 2,
      firstBadLine: { line: 2 },
    });
  });

  it("goes on from the newest readable entry when the last line is damaged, instead of failing to start", async () => {
    await trailWith(3);
    const { file } = await trailLines();
    await appendFile(file, "kapot\n");
    const { log, lines } = keptLog();
    const reopened = await openTrail(log);
    recordSome(reopened, 1);
    await reopened.flush();
    expect(await reopened.verify()).toMatchObject({
      ok: false,
      checked: 3,
      firstBadSeq: 4,
      firstBadLine: { line: 4 },
    });
    expect(lines.join("\n")).toMatch(/damaged lines at the end of the trail/);
    expect(lines.join("\n")).not.toContain("kapot");
  });
});

describe("anchoring the head of the trail", () => {
  it("anchors the newest entry once it is on disk, at the latest when the trail closes", async () => {
    const trail = await trailWith(3);
    recordSome(trail, 2);
    await trail.close();
    const { lines } = await trailLines();
    const newest = JSON.parse(lines.at(-1) ?? "") as AuditEntry;
    expect(await readTrailHead(dir)).toEqual({ seq: 5, hash: newest.hash });
    expect(await checkAuditChain(dir)).toMatchObject({ ok: true, checked: 5, anchoredSeq: 5 });
  });

  it("never anchors a head that the trail's files do not hold", async () => {
    const trail = await trailWith(0);
    for (let round = 0; round < 20; round++) {
      recordSome(trail, 3);
      const head = await readTrailHead(dir);
      if (typeof head !== "object") continue;
      const { lines } = await trailLines();
      const onDisk = lines.map((l) => JSON.parse(l) as AuditEntry);
      expect(onDisk.find((e) => e.seq === head.seq)?.hash).toBe(head.hash);
      await trail.flush();
    }
    await trail.close();
  });

  it("finds the newest lines missing when the trail ends before its anchored head", async () => {
    await (await trailWith(5)).close();
    const { file, lines } = await trailLines();
    await writeLines(file, lines.slice(0, 3));
    expect(await checkAuditChain(dir)).toEqual({
      ok: false,
      checked: 3,
      firstBadSeq: 4,
      firstBadLine: null,
      missing: { fromSeq: 4, toSeq: 5 },
      anchoredSeq: 5,
      newestMissing: true,
      anchorUnsigned: false,
      anchorKeyed: false,
    });
  });

  it("finds an entry at the anchored head that was written anew, though its chain holds", async () => {
    await (await trailWith(3)).close();
    const { file, lines } = await trailLines();
    const { hash: _hash, ...rest } = JSON.parse(lines[2] ?? "") as AuditEntry;
    const forged = { ...rest, outcome: "denied" as const };
    lines[2] = JSON.stringify({ ...forged, hash: hashEntry(forged) });
    await writeLines(file, lines);
    expect(await checkAuditChain(dir)).toMatchObject({
      ok: false,
      checked: 2,
      firstBadSeq: 3,
      firstBadLine: { line: 3 },
    });
  });

  it("logs an error at start-up when the newest lines are missing, records it, and numbers on after the anchored head so that the gap stays visible", async () => {
    await (await trailWith(5)).close();
    const { file, lines } = await trailLines();
    await writeLines(file, lines.slice(0, 3));
    const { log, lines: logLines } = keptLog();
    const reopened = await openTrail(log);
    recordSome(reopened, 1);
    await reopened.close();

    expect(logLines.join("\n")).toMatch(/"level":50.*the newest entries are missing/);
    const entries = (await trailLines()).lines.map((l) => JSON.parse(l) as AuditEntry);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 6, 7]);
    expect(entries[3]).toMatchObject({
      action: "audit.verify",
      actor: { kind: "system", component: "audit" },
      detail: { ok: false, newestMissing: true, lastSeq: 3, anchoredSeq: 5 },
    });
    // However many entries follow, every check still finds the gap.
    expect(await checkAuditChain(dir)).toMatchObject({
      ok: false,
      checked: 3,
      firstBadSeq: 4,
      firstBadLine: { line: 4 },
      missing: { fromSeq: 4, toSeq: 5 },
      anchoredSeq: 7,
      newestMissing: false,
    });
  });

  it("starts without alarm after a crash cut off an unfinished last line: the anchor was never ahead of it", async () => {
    await (await trailWith(3)).close();
    const { file } = await trailLines();
    await appendFile(file, '{"action":"auth.lo');
    const { log, lines: logLines } = keptLog();
    const reopened = await openTrail(log);
    recordSome(reopened, 1);
    expect(await reopened.verify()).toMatchObject({ ok: true, checked: 4, newestMissing: false });
    expect(logLines.join("\n")).toMatch(/unfinished last line cut off/);
    expect(logLines.join("\n")).not.toMatch(/anchored head/);
    await reopened.close();
  });

  it("with an anchor key, finds a trail written anew with its anchor: the anchor is not signed", async () => {
    const key = Buffer.alloc(32, 7);
    const signed = await openTrail(createLogger("silent"), key);
    recordSome(signed, 4);
    await signed.close();
    expect((await signed.verify()).ok).toBe(true);

    // Someone with the data directory but not the key drops entry 2, numbers and hashes the rest
    // anew, and rewrites the anchor to match.
    const { file, lines } = await trailLines();
    let prevHash = (JSON.parse(lines[0] ?? "") as AuditEntry).hash;
    const rewritten = [lines[0] ?? ""];
    for (const [i, line] of lines.slice(2).entries()) {
      const { hash: _old, ...entry } = JSON.parse(line) as AuditEntry;
      const moved = { ...entry, seq: i + 2, prevHash };
      prevHash = hashEntry(moved);
      rewritten.push(JSON.stringify({ ...moved, hash: prevHash }));
    }
    await writeLines(file, rewritten);
    await writeFile(join(dir, "audit-head.json"), JSON.stringify({ seq: 3, hash: prevHash }));
    // Without the key the forgery holds; with it, it shows.
    expect((await checkAuditChain(dir)).ok).toBe(true);
    expect(await checkAuditChain(dir, false, key)).toMatchObject({
      ok: false,
      anchorUnsigned: true,
    });
    expect(await checkAuditChain(dir, false, Buffer.alloc(32, 8))).toMatchObject({ ok: false });

    // On the next start the server says so, and records it in the chain it goes on with.
    const { log, lines: logLines } = keptLog();
    const reopened = await openTrail(log, key);
    await reopened.flush();
    expect(logLines.join("\n")).toMatch(/not signed with the anchor key/);
    const last = JSON.parse((await trailLines()).lines.at(-1) ?? "") as AuditEntry;
    expect(last).toMatchObject({ action: "audit.verify", detail: { anchorUnsigned: true } });
  });

  it("with an anchor key, counts a removed anchor of a trail that holds entries as unsigned", async () => {
    const key = Buffer.alloc(32, 7);
    const signed = await openTrail(createLogger("silent"), key);
    recordSome(signed, 2);
    await signed.close();
    await rm(join(dir, "audit-head.json"));
    expect(await checkAuditChain(dir, false, key)).toMatchObject({
      ok: false,
      anchorUnsigned: true,
    });
    // Without a key nothing was promised: a trail without an anchor is one that never had one.
    expect((await checkAuditChain(dir)).ok).toBe(true);
    const { log, lines: logLines } = keptLog();
    await (await openTrail(log, key)).flush();
    expect(logLines.join("\n")).toMatch(/not signed with the anchor key/);
  });

  it("starts with an error but goes on when the anchor cannot be read, and writes it anew", async () => {
    await (await trailWith(2)).close();
    await writeFile(join(dir, "audit-head.json"), "kapot");
    const { log, lines: logLines } = keptLog();
    const reopened = await openTrail(log);
    recordSome(reopened, 1);
    await reopened.close();
    expect(logLines.join("\n")).toMatch(/head anchor cannot be read/);
    expect(await readTrailHead(dir)).toMatchObject({ seq: 3 });
  });
});

describe("a trail that cannot be written for a while", () => {
  /** The month file the next entry goes to, made a directory: every write to it fails. */
  async function breakMonthFile(): Promise<string> {
    const path = join(dir, `audit-${new Date().toISOString().slice(0, 7)}.jsonl`);
    await mkdir(path);
    return path;
  }

  it("keeps the entries it cannot write, says it is not healthy, and writes them in order once it can", async () => {
    const { log, lines: logged } = keptLog();
    const trail = await openTrail(log);
    expect(trail.healthy).toBe(true);
    const broken = await breakMonthFile();
    recordSome(trail, 3);
    await vi.waitFor(() => expect(trail.healthy).toBe(false));
    recordSome(trail, 2);

    await rm(broken, { recursive: true });
    await trail.flush();
    expect(trail.healthy).toBe(true);
    const { lines } = await trailLines();
    expect(lines.map((line) => (JSON.parse(line) as AuditEntry).seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await checkAuditChain(dir)).toMatchObject({ ok: true, checked: 5 });
    // Once when it failed, once when it worked again: not a line per try.
    expect(logged.filter((line) => line.includes("audit: write failed"))).toHaveLength(1);
    expect(logged.filter((line) => line.includes("audit: writing again"))).toHaveLength(1);
  });

  it("gives up at close on what it still cannot write, with one error naming how many entries", async () => {
    const { log, lines: logged } = keptLog();
    const trail = await AuditTrail.open(dir, () => [], log);
    await breakMonthFile();
    recordSome(trail, 2);
    await vi.waitFor(() => expect(trail.healthy).toBe(false));
    // Recorded while the first batch is being tried again: queued behind it, lost with it.
    recordSome(trail, 3);
    await trail.close();
    const lost = logged.filter((line) => line.includes("audit: entries not written at shutdown"));
    expect(lost.map((line) => (JSON.parse(line) as { entries: number }).entries)).toEqual([5]);
  });
});
