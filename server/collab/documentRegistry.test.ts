import { describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/wire/limits.js";
import { DocumentRegistry } from "./documentRegistry.js";
import { HookRunner } from "./hooks.js";
import type { DocumentStorage } from "./storage/documentStorage.js";
import type { CollabLogger } from "./types.js";

const DOC = "case/c1/plan";
const UNLOAD_DELAY_MS = 10;
const quiet: CollabLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Storage in memory whose appends can be made to fail; it records which documents it closed. */
function memoryStorage(): DocumentStorage & { failing: boolean; closed: string[] } {
  const logs = new Map<string, Uint8Array[]>();
  return {
    failing: false,
    closed: [],
    load(name) {
      const updates = logs.get(name) ?? [];
      return Promise.resolve({ updates: [...updates], logBytes: 0 });
    },
    append(name, updates) {
      if (this.failing) throw new Error("disk full");
      logs.set(name, [...(logs.get(name) ?? []), ...updates]);
    },
    flush: () => Promise.resolve(),
    compact(name, state) {
      logs.set(name, [state]);
      return Promise.resolve();
    },
    close(name) {
      this.closed.push(name);
      return Promise.resolve();
    },
  };
}

function registryOn(storage: DocumentStorage): DocumentRegistry {
  return new DocumentRegistry(
    {
      storage,
      hooks: new HookRunner([], quiet),
      logger: quiet,
      limits: { ...LIMITS, unloadDelayMs: UNLOAD_DELAY_MS },
      onConnectionClosed: () => undefined,
    },
    UNLOAD_DELAY_MS,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the document registry", () => {
  it("unloads a document once its last user released it and the delay passed", async () => {
    const registry = registryOn(memoryStorage());
    const doc = await registry.acquire(DOC);
    const again = await registry.acquire(DOC);
    expect(again).toBe(doc);
    registry.release(doc);
    await sleep(UNLOAD_DELAY_MS * 5);
    expect(registry.size).toBe(1);
    registry.release(doc);
    await sleep(UNLOAD_DELAY_MS * 5);
    expect(registry.size).toBe(0);
  });

  it("drops a document whose storage failed, frees its files, and lets a late release of it leave the new copy alone", async () => {
    const storage = memoryStorage();
    const registry = registryOn(storage);
    const failed = await registry.acquire(DOC);
    storage.failing = true;
    failed.doc.getText("t").insert(0, "x");
    await sleep(5);
    expect(failed.isFailed).toBe(true);
    expect(storage.closed).toEqual([DOC]);

    storage.failing = false;
    const fresh = await registry.acquire(DOC);
    expect(fresh).not.toBe(failed);
    // A socket of the failed copy that answered its close late.
    registry.release(failed);
    await sleep(UNLOAD_DELAY_MS * 5);
    expect(registry.size).toBe(1);
    expect(registry.loaded()).toEqual([fresh]);
  });
});
