import { describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/wire/limits.js";
import { DocumentRegistry, DocumentUnavailableError } from "./documentRegistry.js";
import { HookRunner } from "./hooks.js";
import type { DocumentStorage } from "./storage/documentStorage.js";
import type { CollabExtension, CollabLogger } from "./types.js";

const DOC = "case/c1/plan";
const UNLOAD_DELAY_MS = 10;
const quiet: CollabLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/**
 * Storage in memory whose loads and appends can be made to fail; it counts loads and records
 * which documents it closed.
 */
function memoryStorage(): DocumentStorage & {
  failing: boolean;
  unreadable: boolean;
  loads: number;
  closed: string[];
} {
  const logs = new Map<string, Uint8Array[]>();
  return {
    failing: false,
    unreadable: false,
    loads: 0,
    closed: [],
    load(name) {
      this.loads++;
      if (this.unreadable) return Promise.reject(new Error("damaged snapshot"));
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
    remove(name) {
      logs.delete(name);
      return Promise.resolve();
    },
  };
}

function registryOn(
  storage: DocumentStorage,
  logger: CollabLogger = quiet,
  loadRetryMs: number = LIMITS.loadRetryMs,
  extensions: CollabExtension[] = [],
): DocumentRegistry {
  return new DocumentRegistry(
    {
      storage,
      hooks: new HookRunner(extensions, quiet),
      logger,
      limits: { ...LIMITS, unloadDelayMs: UNLOAD_DELAY_MS, loadRetryMs },
      onConnectionClosed: () => undefined,
      sharesPresence: () => true,
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

  it("removes a document: nothing it still holds is stored, its data is gone, and it is never opened again", async () => {
    const storage = memoryStorage();
    const registry = registryOn(storage);
    const doc = await registry.acquire(DOC);
    doc.doc.getText("t").insert(0, "stored");
    await doc.whenPersisted();
    // Applied but not yet stored when the removal comes.
    doc.doc.getText("t").insert(0, "pending ");
    await registry.remove(DOC);
    expect(doc.isFailed).toBe(true);
    expect(registry.size).toBe(0);
    expect((await storage.load(DOC)).updates).toEqual([]);
    // A late release of the removed copy changes nothing, and a late open is refused.
    registry.release(doc);
    await sleep(UNLOAD_DELAY_MS * 5);
    expect((await storage.load(DOC)).updates).toEqual([]);
    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
  });

  it("refuses an open that was waiting for the document to finish loading when it is removed", async () => {
    const storage = memoryStorage();
    const registry = registryOn(storage);
    const opening = registry.acquire(DOC);
    const removing = registry.remove(DOC);
    await expect(opening).rejects.toThrow(DocumentUnavailableError);
    await removing;
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

  it("drops a document whose storage fails while it is still loading, and loads a fresh copy next time", async () => {
    const storage = memoryStorage();
    // Writes while loading (like the template seeder), then takes long enough for that write to
    // be stored, and to fail, before the load completes.
    const seeder: CollabExtension = {
      name: "seeder",
      async onLoad({ doc }) {
        doc.getText("t").insert(0, "seed");
        await sleep(5);
      },
    };
    const registry = registryOn(storage, quiet, LIMITS.loadRetryMs, [seeder]);
    storage.failing = true;
    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
    expect(registry.size).toBe(0);
    expect(storage.closed).toEqual([DOC]);

    storage.failing = false;
    const fresh = await registry.acquire(DOC);
    expect(fresh.isFailed).toBe(false);
    expect(registry.loaded()).toEqual([fresh]);
  });

  it("refuses a document that failed to load without reading storage again until the retry period has passed, logging once per try", async () => {
    const storage = memoryStorage();
    const errors: { refusedSinceLastTry?: unknown }[] = [];
    const logger: CollabLogger = { ...quiet, error: (fields) => errors.push(fields) };
    const retryMs = 50;
    const registry = registryOn(storage, logger, retryMs);
    storage.unreadable = true;

    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
    expect(storage.loads).toBe(1);
    expect(errors).toHaveLength(1);
    expect(registry.size).toBe(0);

    await sleep(retryMs + 10);
    await expect(registry.acquire(DOC)).rejects.toThrow(DocumentUnavailableError);
    expect(storage.loads).toBe(2);
    expect(errors.map((fields) => fields.refusedSinceLastTry)).toEqual([0, 2]);

    // Repaired: the first open after the period loads it.
    storage.unreadable = false;
    await sleep(retryMs + 10);
    const doc = await registry.acquire(DOC);
    expect(storage.loads).toBe(3);
    expect(registry.loaded()).toEqual([doc]);
  });
});
