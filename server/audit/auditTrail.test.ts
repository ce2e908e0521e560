import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../log.js";
import { AuditTrail, checkAuditChain } from "./auditTrail.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-audittrail-"));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A trail in `dir` with `count` system entries on disk. */
async function trailWith(count: number): Promise<AuditTrail> {
  const trail = await AuditTrail.open(dir, () => [], createLogger("silent"));
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

/** The one month file's path and its lines (without the empty one after the last newline). */
async function trailLines(): Promise<{ file: string; lines: string[] }> {
  const file = join(dir, (await readdir(dir))[0] ?? "");
  return { file, lines: (await readFile(file, "utf8")).split("\n").filter(Boolean) };
}

describe("checking the audit trail's chain", () => {
  it("finds an untouched trail intact and counts its entries", async () => {
    const trail = await trailWith(5);
    expect(await trail.verify()).toEqual({ ok: true, checked: 5, firstBadSeq: null });
  });

  it("names the first changed entry", async () => {
    await trailWith(5);
    const { file, lines } = await trailLines();
    lines[2] = (lines[2] ?? "").replace('"outcome":"allowed"', '"outcome":"denied"');
    await writeFile(file, lines.join("\n") + "\n");
    expect(await checkAuditChain(dir)).toEqual({ ok: false, checked: 2, firstBadSeq: 3 });
  });

  it("names the place of a removed entry", async () => {
    await trailWith(5);
    const { file, lines } = await trailLines();
    lines.splice(3, 1);
    await writeFile(file, lines.join("\n") + "\n");
    expect(await checkAuditChain(dir)).toEqual({ ok: false, checked: 3, firstBadSeq: 4 });
  });

  it("reports an unreadable line as broken instead of failing", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, "geen json\n");
    expect(await checkAuditChain(dir)).toEqual({ ok: false, checked: 2, firstBadSeq: 3 });
  });

  it("leaves a last line still being written to the next check of a live trail", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, '{"action":"auth.lo');
    expect(await checkAuditChain(dir, true)).toEqual({ ok: true, checked: 2, firstBadSeq: null });
    expect((await checkAuditChain(dir)).ok).toBe(false);
  });

  it("cuts a last line left unfinished by a crash on reopen, logs it, and goes on from the entry before", async () => {
    await trailWith(2);
    const { file } = await trailLines();
    await appendFile(file, '{"action":"auth.lo');
    const logLines: string[] = [];
    const log = createLogger("info", { write: (line: string) => void logLines.push(line) });
    const reopened = await AuditTrail.open(dir, () => [], log);
    reopened.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
    expect(await reopened.verify()).toEqual({ ok: true, checked: 3, firstBadSeq: null });
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
    expect(await reopened.verify()).toEqual({ ok: true, checked: 4, firstBadSeq: null });
  });
});
