import { appendFile, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import {
  connectClient,
  textOf,
  waitFor,
  waitForSync,
  type ClientTarget,
  type TestClient,
} from "../../support/collabClient.js";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import { filesIn, QUIET_LOGGER } from "../../support/storedDocument.js";
import { FileDocumentStorage } from "../../../server/collab/storage/fileDocumentStorage.js";
import type { DocumentStorage } from "../../../server/collab/storage/documentStorage.js";
import { killProcess, spawnCollabServer, type ServerProcess } from "../../support/collabProcess.js";

const DOC = "case/c9/leefgebieden";

describe("durable document storage", () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function harnessOn(dataDir?: string, unloadDelayMs = 50): Promise<CollabHarness> {
    const harness = await startCollabHarness({
      dataDir,
      defaultAccess: "write",
      limits: { unloadDelayMs },
    });
    harness.addUser("u1");
    let stopped = false;
    cleanups.push(() => (stopped ? undefined : harness.stop()));
    const stop = harness.stop.bind(harness);
    harness.stop = async () => {
      stopped = true;
      await stop();
    };
    return harness;
  }

  /** Waits until the server's copy of the document has `text`. */
  async function serverHas(harness: CollabHarness, text: string): Promise<void> {
    const handle = await harness.collab.openDocument(DOC);
    try {
      await waitFor(() => handle.doc.getText("text").toJSON() === text, "server has the text");
    } finally {
      handle.release();
    }
  }

  /** Every file of a directory with its bytes, by name. */
  function client(target: { url: string; origin: string }, user = "u1"): TestClient {
    const full: ClientTarget = { ...target, sessionId: `session-${user}` };
    const created = connectClient(full, DOC);
    cleanups.push(() => created.destroy());
    return created;
  }

  it("restores content after the server restarts", async () => {
    const first = await harnessOn();
    const writer = client(first);
    await waitForSync(writer);
    writer.doc.getText("text").insert(0, "Afspraak: huisbezoek");
    writer.doc.getText("text").delete(0, 10);
    await serverHas(first, "huisbezoek");
    writer.destroy();
    await first.stop();

    const second = await harnessOn(first.dataDir);
    const reader = client(second);
    await waitFor(() => textOf(reader.doc) === "huisbezoek", "content restored");
  });

  it("stores on shutdown the updates it still held back, and closes with 1012", async () => {
    const harness = await startCollabHarness({
      defaultAccess: "write",
      // After the first relay the document holds updates back for a minute: only a shutdown that
      // stores them keeps them.
      limits: { unloadDelayMs: 60_000, broadcastBatchMs: 60_000 },
    });
    harness.addUser("u1");
    cleanups.push(() => harness.stop());
    const writer = client(harness);
    const other = client(harness);
    await Promise.all([waitForSync(writer), waitForSync(other)]);
    writer.doc.getText("text").insert(0, "s");
    await waitFor(() => textOf(other.doc) === "s", "the first update relayed");
    for (const char of "poed") writer.doc.getText("text").insert(textOf(writer.doc).length, char);
    // Time for the rest to reach the server; they are held, so nobody receives them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf(other.doc)).toBe("s");
    const closed = waitFor(() => writer.closeCodes.length > 0, "closed on shutdown");
    await harness.stop();
    await closed;
    expect(writer.closeCodes[0]).toBe(CloseCode.ServiceRestart);

    writer.destroy();
    other.destroy();
    const restarted = await harnessOn(harness.dataDir);
    const reader = client(restarted);
    await waitFor(() => textOf(reader.doc) === "spoed", "content after shutdown");
  });

  it("unloads a document after its last connection closes", async () => {
    const harness = await harnessOn(undefined, 20);
    const writer = client(harness);
    await waitForSync(writer);
    writer.doc.getText("text").insert(0, "tijdelijk");
    await waitFor(() => harness.collab.stats().documents === 1, "document loaded");
    writer.destroy();
    await waitFor(() => harness.collab.stats().documents === 0, "document unloaded");
    expect(harness.collab.stats().connections).toBe(0);

    const again = client(harness);
    await waitFor(() => textOf(again.doc) === "tijdelijk", "reloaded from storage");
  });

  it("keeps a document loaded while a server-side handle holds it", async () => {
    const harness = await harnessOn(undefined, 10);
    const handle = await harness.collab.openDocument(DOC);
    handle.doc.getText("text").insert(0, "van de server");
    const reader = client(harness);
    await waitFor(() => textOf(reader.doc) === "van de server", "server change delivered");
    reader.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(harness.collab.stats().documents).toBe(1);
    handle.release();
    await waitFor(() => harness.collab.stats().documents === 0, "unloaded after release");
  });

  it("cuts a torn log tail on load, logs it, and keeps the content", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "casustafel-torn-"));
    const server = await spawnCollabServer(dataDir);
    cleanups.push(() => killProcess(server, "SIGKILL"));
    const writer = client(server, "u1");
    const watcher = client(server, "u2");
    await waitForSync(writer);
    writer.doc.getText("text").insert(0, "heel");
    await waitFor(() => textOf(watcher.doc) === "heel", "watcher received");
    await killProcess(server, "SIGKILL");
    writer.destroy();
    watcher.destroy();
    const dir = join(dataDir, "docs", "case", "c9", "leefgebieden");
    expect(await readdir(dir)).toEqual(["log-0.ylog"]);
    await appendFile(
      join(dir, "log-0.ylog"),
      Buffer.from([0x40, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef, 1]),
    );

    const restarted = await harnessOn(dataDir);
    const reader = client(restarted);
    await waitFor(() => textOf(reader.doc) === "heel", "content intact");
    expect(restarted.logs.some((line) => line.msg.includes("log tail cut off"))).toBe(true);
  });

  it("refuses a document that cannot be loaded and never replaces it by an empty one", async () => {
    const first = await harnessOn();
    const writer = client(first);
    await waitForSync(writer);
    writer.doc.getText("text").insert(0, "waardevol");
    await serverHas(first, "waardevol");
    writer.destroy();
    await first.stop();
    const dir = join(first.dataDir, "docs", "case", "c9", "leefgebieden");
    for (const name of await readdir(dir)) {
      if (name.startsWith("snapshot-")) await writeFile(join(dir, name), "beschadigd");
    }
    const filesBefore = await filesIn(dir);

    const second = await harnessOn(first.dataDir);
    const reader = client(second);
    await waitFor(() => reader.closeCodes.length > 0, "refused");
    expect(reader.closeCodes[0]).toBe(CloseCode.DocumentUnavailable);
    expect(textOf(reader.doc)).toBe("");
    expect(second.logs.some((line) => line.msg.includes("failed to load"))).toBe(true);
    // A second attempt is refused the same way, and nothing on disk was touched by either.
    const again = client(second);
    await waitFor(() => again.closeCodes.length > 0, "refused again");
    expect(again.closeCodes[0]).toBe(CloseCode.DocumentUnavailable);
    expect(await filesIn(dir)).toEqual(filesBefore);
  });

  it("relays an update only after storage has taken it, and never one storage refused", async () => {
    const files = new FileDocumentStorage(
      await mkdtemp(join(tmpdir(), "casustafel-held-")),
      QUIET_LOGGER,
    );
    let release = (): void => undefined;
    let refuse = false;
    const storage: DocumentStorage = {
      load: (name) => files.load(name),
      append: (name, updates) => {
        if (refuse) throw new Error("disk full");
        files.append(name, updates);
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      flush: (name) => files.flush(name),
      compact: (name, state) => files.compact(name, state),
      remove: (name) => files.remove(name),
      close: (name) => files.close(name),
    };
    const harness = await startCollabHarness({ defaultAccess: "write", storage });
    harness.addUser("u1");
    cleanups.push(() => harness.stop());
    const writer = client(harness);
    const watcher = client(harness, "u2");
    harness.addUser("u2");
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);

    writer.doc.getText("text").insert(0, "opgeslagen");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(textOf(watcher.doc)).toBe("");
    release();
    await waitFor(() => textOf(watcher.doc) === "opgeslagen", "relayed once stored");

    refuse = true;
    writer.doc.getText("text").insert(0, "niet ");
    await waitFor(() => watcher.closeCodes.length > 0, "the document closed");
    expect(watcher.closeCodes[0]).toBe(CloseCode.DocumentUnavailable);
    expect(textOf(watcher.doc)).toBe("opgeslagen");
  });

  it("relays an update its writer's guard judged only once it is fsynced, and others at once", async () => {
    const files = new FileDocumentStorage(
      await mkdtemp(join(tmpdir(), "casustafel-synced-")),
      QUIET_LOGGER,
    );
    let flushes = 0;
    let holding = true;
    let release = (): void => undefined;
    const storage: DocumentStorage = {
      load: (name) => files.load(name),
      append: (name, updates) => files.append(name, updates),
      flush: async (name) => {
        flushes += 1;
        await files.flush(name);
        if (!holding) return;
        await new Promise<void>((resolve) => {
          release = resolve;
        });
      },
      compact: (name, state) => files.compact(name, state),
      remove: (name) => files.remove(name),
      close: (name) => files.close(name),
    };
    // The guard judges every plain string written, as the leefgebieden guard judges a `setBy`.
    const harness = await startCollabHarness({
      defaultAccess: "write",
      storage,
      limits: { fsyncIntervalMs: 60_000 },
      updateGuard: () => ({
        roots: new Map([
          ["text", "list"],
          ["answers", "map"],
        ]),
        judges: (value) => typeof value === "string",
        allows: () => true,
      }),
    });
    harness.addUser("u1");
    harness.addUser("u2");
    cleanups.push(() => {
      holding = false;
      release();
      return harness.stop();
    });
    const writer = client(harness);
    const watcher = client(harness, "u2");
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);

    // Typed text is not judged: relayed once written, without waiting for an fsync.
    writer.doc.getText("text").insert(0, "aantekening");
    await waitFor(() => textOf(watcher.doc) === "aantekening", "text relayed");
    expect(flushes).toBe(0);

    // An answer naming its writer is judged: relayed only after the fsync it waits for.
    writer.doc.getMap("answers").set("q1", "u1");
    await waitFor(() => flushes === 1, "fsync asked");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(watcher.doc.getMap("answers").get("q1")).toBeUndefined();
    release();
    await waitFor(() => watcher.doc.getMap("answers").get("q1") === "u1", "relayed once synced");
  });

  it("loses no update another client received when the server is killed", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "casustafel-crash-"));
    let server: ServerProcess = await spawnCollabServer(dataDir);
    cleanups.push(() => killProcess(server, "SIGKILL"));
    const writer = client(server, "u1");
    const watcher = client(server, "u2");
    await Promise.all([waitForSync(writer), waitForSync(watcher)]);

    const text = writer.doc.getText("text");
    for (let i = 0; i < 200; i++) text.insert(text.length, String(i % 10));
    await waitFor(() => textOf(watcher.doc).length >= 120, "watcher received some updates");
    await killProcess(server, "SIGKILL");
    const seen = textOf(watcher.doc);
    writer.destroy();
    watcher.destroy();

    server = await spawnCollabServer(dataDir);
    const fresh = client(server, "u3");
    await waitForSync(fresh);
    expect(textOf(fresh.doc).startsWith(seen)).toBe(true);
  });
});
