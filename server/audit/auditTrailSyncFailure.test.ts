// The directory sync after a month file's first append fails once. That failure cannot be caused
// for real on a directory the process may write, so the sync alone is replaced here.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { createLogger } from "../log.js";
import type { AuditEntry } from "./auditEvent.js";
import { AuditTrail } from "./auditTrail.js";
import { checkAuditChain } from "./chainCheck.js";
import type * as TrailFiles from "./trailFiles.js";

const failures = vi.hoisted(() => ({ left: 0 }));
vi.mock("./trailFiles.js", async (importOriginal) => {
  const original = await importOriginal<typeof TrailFiles>();
  return {
    ...original,
    syncDirectory: async (dir: string) => {
      if (failures.left > 0) {
        failures.left -= 1;
        throw Object.assign(new Error("sync failed"), { code: "EIO" });
      }
      await original.syncDirectory(dir);
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "casustafel-auditsync-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("tries only the failed directory sync again, so a batch already appended is not appended twice", async () => {
  const trail = await AuditTrail.open(dir, () => [], createLogger("silent"));
  failures.left = 1;
  for (let i = 0; i < 2; i++) {
    trail.record({
      action: "auth.logout",
      actor: { kind: "system", component: "test" },
      outcome: "allowed",
    });
  }
  await trail.flush();
  await trail.close();
  expect(failures.left).toBe(0);
  const name = (await readdir(dir)).find((f) => f.endsWith(".jsonl")) ?? "";
  const lines = (await readFile(join(dir, name), "utf8")).split("\n").filter(Boolean);
  expect(lines.map((line) => (JSON.parse(line) as AuditEntry).seq)).toEqual([1, 2]);
  expect(await checkAuditChain(dir)).toMatchObject({ ok: true, checked: 2 });
});
