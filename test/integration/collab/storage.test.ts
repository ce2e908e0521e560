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

  it("flushes every document on shutdown", async () => {
    const harness = await harnessOn(undefined, 60_000);
    const writer = client(harness);
    await waitForSync(writer);
    for (const char of "spoed") writer.doc.getText("text").insert(textOf(writer.doc).length, char);
    const other = client(harness);
    await waitFor(() => textOf(other.doc) === "spoed", "update delivered");
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

    const second = await harnessOn(first.dataDir);
    const reader = client(second);
    await waitFor(() => reader.closeCodes.length > 0, "refused");
    expect(reader.closeCodes[0]).toBe(CloseCode.DocumentUnavailable);
    expect(textOf(reader.doc)).toBe("");
    expect(second.logs.some((line) => line.msg.includes("failed to load"))).toBe(true);
    expect((await readdir(dir)).some((name) => name.startsWith("log-"))).toBe(false);
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
