import { appendFile, mkdir, mkdtemp, readFile, readdir, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TrailAppender } from "./trailAppender.js";

let dir: string;
let appender: TrailAppender;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-trailappender-"));
  appender = new TrailAppender(dir);
});
afterEach(async () => {
  await appender.close();
  await rm(dir, { recursive: true, force: true });
});

/** File descriptors this process has open on files in `dir`. */
async function descriptorsInDir(): Promise<number> {
  const fds = await readdir("/proc/self/fd");
  const targets = await Promise.all(
    fds.map((fd) => readlink(join("/proc/self/fd", fd)).catch(() => "")),
  );
  return targets.filter((target) => target.startsWith(dir)).length;
}

describe("the audit trail's appender", () => {
  it("appends the batches of one month to its file in order, with one file open for all of them", async () => {
    for (let i = 1; i <= 20; i++) await appender.append("audit-2026-11.jsonl", `${i}\n`);
    const lines = (await readFile(join(dir, "audit-2026-11.jsonl"), "utf8")).split("\n");
    expect(lines.slice(0, -1)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    expect(await descriptorsInDir()).toBe(1);
  });

  it("closes the old month's file when a batch for the next month comes, and leaves it as it was", async () => {
    await appender.append("audit-2026-11.jsonl", "november\n");
    await appender.append("audit-2026-12.jsonl", "december\n");
    expect(await readFile(join(dir, "audit-2026-11.jsonl"), "utf8")).toBe("november\n");
    expect(await readFile(join(dir, "audit-2026-12.jsonl"), "utf8")).toBe("december\n");
    expect(await descriptorsInDir()).toBe(1);
  });

  it("closes its file at close, and a later batch appends to what is there instead of replacing it", async () => {
    await appender.append("audit-2026-11.jsonl", "before\n");
    await appender.close();
    expect(await descriptorsInDir()).toBe(0);
    await appender.append("audit-2026-11.jsonl", "after\n");
    expect(await readFile(join(dir, "audit-2026-11.jsonl"), "utf8")).toBe("before\nafter\n");
  });

  it("fails a batch it cannot write, and writes the next one once the file can be written", async () => {
    // A directory where the month file should be: opening it fails, as a failing disk would.
    await mkdir(join(dir, "audit-2026-11.jsonl"));
    await expect(appender.append("audit-2026-11.jsonl", "first\n")).rejects.toThrow();
    await rm(join(dir, "audit-2026-11.jsonl"), { recursive: true });
    await appender.append("audit-2026-11.jsonl", "first\n");
    expect(await readFile(join(dir, "audit-2026-11.jsonl"), "utf8")).toBe("first\n");
  });

  it("cuts off what was left after its last whole batch before it writes to a file again", async () => {
    await appender.append("audit-2026-11.jsonl", "whole\n");
    await appender.append("audit-2026-12.jsonl", "december\n");
    // What a write that failed half-way leaves: part of a batch, without its line end.
    await appendFile(join(dir, "audit-2026-11.jsonl"), '{"seq":7,"ha');
    await appender.append("audit-2026-11.jsonl", "next\n");
    expect(await readFile(join(dir, "audit-2026-11.jsonl"), "utf8")).toBe("whole\nnext\n");
  });
});
