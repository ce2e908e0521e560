import { appendFile, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { CollabLogger } from "../types.js";
import { DocumentLoadError } from "./documentStorage.js";
import { FileDocumentStorage } from "./fileDocumentStorage.js";
import { FILE_HEADER_BYTES, FRAME_HEADER_BYTES } from "./logFrames.js";

const DOC = "case/c1/plan";

function recordingLogger(): CollabLogger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    info: () => undefined,
    warn: (_obj, msg = "") => warnings.push(msg),
    error: () => undefined,
  };
}

async function freshStorage(): Promise<{
  root: string;
  storage: FileDocumentStorage;
  logger: ReturnType<typeof recordingLogger>;
}> {
  const root = await mkdtemp(join(tmpdir(), "casustafel-storage-"));
  const logger = recordingLogger();
  return { root, storage: new FileDocumentStorage(root, logger), logger };
}

function textAfter(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText("t").toJSON();
}

/** Writes "abc" as three separate updates, like three keystrokes. */
async function writeKeystrokes(storage: FileDocumentStorage): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  await storage.load(DOC);
  for (const char of "abc") {
    doc.getText("t").insert(doc.getText("t").length, char);
    storage.append(DOC, [updates.at(-1)!]);
  }
  await storage.close(DOC);
  return doc;
}

describe("file document storage", () => {
  it("loads a document that was never written as empty", async () => {
    const { storage } = await freshStorage();
    expect(await storage.load(DOC)).toEqual({ updates: [], logBytes: 0 });
  });

  it("removes everything stored of a document, kept damaged bytes too, and leaves its siblings", async () => {
    const { root, storage } = await freshStorage();
    await writeKeystrokes(storage);
    const sibling = "case/c1/analyse";
    await storage.load(sibling);
    storage.append(sibling, [Y.encodeStateAsUpdate(await writeKeystrokes(storage))]);
    await storage.close(sibling);
    await writeFile(join(root, "case", "c1", "plan", "log-0.ylog.damaged-1"), "x");
    await storage.load(DOC);

    await storage.remove(DOC);
    expect(await readdir(join(root, "case", "c1"))).toEqual(["analyse"]);
    expect((await storage.load(DOC)).updates).toEqual([]);
    expect(textAfter((await storage.load(sibling)).updates)).toBe("abc");

    await storage.remove(sibling);
    // The case's own directory goes once nothing is left in it.
    expect(await readdir(root)).toEqual([]);
    // Removing what is not there is no error.
    await storage.remove("case/c2/plan");
  });

  it("reloads every appended update in order", async () => {
    const { storage } = await freshStorage();
    await writeKeystrokes(storage);
    const loaded = await storage.load(DOC);
    expect(loaded.updates).toHaveLength(3);
    expect(textAfter(loaded.updates)).toBe("abc");
  });

  it("cuts a torn tail off the newest log and logs it", async () => {
    const { root, storage, logger } = await freshStorage();
    await writeKeystrokes(storage);
    const log = join(root, "case", "c1", "plan", "log-0.ylog");
    const intactSize = (await stat(log)).size;
    await appendFile(log, Buffer.from([0x20, 0, 0, 0, 1, 2, 3, 4, 5]));

    const loaded = await storage.load(DOC);
    expect(textAfter(loaded.updates)).toBe("abc");
    expect((await stat(log)).size).toBe(intactSize);
    expect(logger.warnings.some((msg) => msg.includes("log tail cut off"))).toBe(true);
  });

  it("keeps the bytes it cuts off beside the log, so frames after damage in the middle can be recovered", async () => {
    const { root, storage } = await freshStorage();
    await writeKeystrokes(storage);
    const dir = join(root, "case", "c1", "plan");
    const log = join(dir, "log-0.ylog");
    const original = await readFile(log);
    // One flipped bit in the second frame's payload: the first frame loads, the rest is cut.
    const damaged = Buffer.from(original);
    const secondPayload =
      FILE_HEADER_BYTES +
      FRAME_HEADER_BYTES +
      damaged.readUInt32LE(FILE_HEADER_BYTES) +
      FRAME_HEADER_BYTES;
    damaged[secondPayload] = (damaged[secondPayload] ?? 0) ^ 0x01;
    await writeFile(log, damaged);

    const loaded = await storage.load(DOC);
    expect(loaded.updates).toHaveLength(1);
    const kept = (await readdir(dir)).filter((name) => name.startsWith("log-0.ylog.damaged-"));
    expect(kept).toHaveLength(1);
    const keptBytes = await readFile(join(dir, kept[0] ?? ""));
    const cutAt = (await stat(log)).size;
    expect(Buffer.concat([damaged.subarray(0, cutAt), keptBytes]).equals(damaged)).toBe(true);
    // The kept file is not a generation: the next load reads the cut log only, and keeps it.
    expect((await storage.load(DOC)).updates).toHaveLength(1);
    expect((await readdir(dir)).filter((name) => name.includes(".damaged-"))).toHaveLength(1);
  });

  it("keeps appending after a cut tail so later updates load too", async () => {
    const { root, storage } = await freshStorage();
    const doc = await writeKeystrokes(storage);
    await appendFile(join(root, "case", "c1", "plan", "log-0.ylog"), "torn");
    await storage.load(DOC);
    doc.getText("t").insert(3, "d");
    storage.append(DOC, [Y.encodeStateAsUpdate(doc)]);
    await storage.close(DOC);
    expect(textAfter((await storage.load(DOC)).updates)).toBe("abcd");
  });

  it("replaces the log by a snapshot on compaction and keeps later appends", async () => {
    const { root, storage } = await freshStorage();
    const doc = await writeKeystrokes(storage);
    await storage.load(DOC);
    const compaction = storage.compact(DOC, Y.encodeStateAsUpdate(doc));
    doc.getText("t").insert(3, "!");
    storage.append(DOC, [Y.encodeStateAsUpdate(doc, Y.encodeStateVector(new Y.Doc()))]);
    await compaction;
    await storage.close(DOC);

    const files = await readdir(join(root, "case", "c1", "plan"));
    expect(files.sort()).toEqual(["log-1.ylog", "snapshot-1.ysnap"]);
    const loaded = await storage.load(DOC);
    expect(textAfter(loaded.updates)).toBe("abc!");
  });

  it("refuses to load a document whose only snapshot is damaged", async () => {
    const { root, storage } = await freshStorage();
    const doc = await writeKeystrokes(storage);
    await storage.load(DOC);
    await storage.compact(DOC, Y.encodeStateAsUpdate(doc));
    await storage.close(DOC);
    await writeFile(join(root, "case", "c1", "plan", "snapshot-1.ysnap"), "kapot");
    await expect(storage.load(DOC)).rejects.toBeInstanceOf(DocumentLoadError);
  });
});
