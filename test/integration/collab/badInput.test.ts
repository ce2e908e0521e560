import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { LIMITS } from "../../../shared/wire/limits.js";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import {
  connectClient,
  openRawClient,
  textOf,
  waitFor,
  waitForSync,
  type ClientTarget,
  type TestClient,
} from "../../support/collabClient.js";
import {
  clientFrame,
  rawUpgrade,
  someUpdate,
  updateMessage,
} from "../../support/collabRawSocket.js";

const DOC = "case/c3/triage";
const OTHER_DOC = "meeting/m1";

describe("bad input on one socket", () => {
  let harness: CollabHarness;
  let target: ClientTarget;
  let a: TestClient;
  let b: TestClient;
  let elsewhere: TestClient;

  beforeEach(async () => {
    harness = await startCollabHarness({ defaultAccess: "write" });
    const { sessionId } = harness.addUser("u1");
    target = { url: harness.url, origin: harness.origin, sessionId };
    a = connectClient(target, DOC);
    b = connectClient(target, DOC);
    elsewhere = connectClient(target, OTHER_DOC);
    await Promise.all([waitForSync(a), waitForSync(b), waitForSync(elsewhere)]);
    a.doc.getText("text").insert(0, "intact");
    await waitFor(() => textOf(b.doc) === "intact", "initial content synced");
  });

  afterEach(async () => {
    for (const client of [a, b, elsewhere]) client.destroy();
    await harness.stop();
  });

  /** A warning was logged naming the close code (our refusals) or `ws`'s error code (framing). */
  async function expectLogged(
    field: "closeCode" | "wsError",
    value: number | string,
  ): Promise<void> {
    await waitFor(
      () =>
        harness.logs.some(
          (line) => line.level === "warn" && (line.obj as Record<string, unknown>)[field] === value,
        ),
      `a log line with ${field} ${value}`,
    );
  }

  /** The server is alive, the document unchanged, and both rooms still sync. */
  async function expectStillHealthy(): Promise<void> {
    const handle = await harness.collab.openDocument(DOC);
    expect(handle.doc.getText("text").toJSON()).toBe("intact");
    handle.release();
    a.doc.getText("text").insert(6, "!");
    elsewhere.doc.getText("text").insert(0, "ander overleg");
    await waitFor(() => textOf(b.doc) === "intact!", "room still syncing");
    const late = connectClient(target, OTHER_DOC);
    await waitFor(() => textOf(late.doc) === "ander overleg", "other room still syncing");
    late.destroy();
    expect(a.closeCodes).toEqual([]);
  }

  it("closes a socket that sends garbage bytes with 4422", async () => {
    const raw = await openRawClient(target, DOC);
    raw.ws.send(Buffer.from([0xff, 0xfe, 0x13, 0x37, 0x00, 0x42]));
    expect(await raw.closed).toBe(CloseCode.MalformedMessage);
    expect(harness.logs.some((line) => line.msg.includes("bad input"))).toBe(true);
    await expectStillHealthy();
  });

  it("closes a socket that sends a truncated sync message with 4422", async () => {
    const raw = await openRawClient(target, DOC);
    const message = updateMessage(someUpdate("mag niet landen"));
    raw.ws.send(message.subarray(0, message.length - 5));
    expect(await raw.closed).toBe(CloseCode.MalformedMessage);
    await expectLogged("closeCode", CloseCode.MalformedMessage);
    await expectStillHealthy();
  });

  it("closes a socket whose update is malformed inside a valid envelope with 4422", async () => {
    const raw = await openRawClient(target, DOC);
    const update = someUpdate("kapot");
    raw.ws.send(updateMessage(update.subarray(0, update.length - 3)));
    expect(await raw.closed).toBe(CloseCode.MalformedMessage);
    await expectLogged("closeCode", CloseCode.MalformedMessage);
    await expectStillHealthy();
  });

  it("closes a socket that sends a text frame with 4422", async () => {
    const raw = await openRawClient(target, DOC);
    raw.ws.send("hallo");
    expect(await raw.closed).toBe(CloseCode.MalformedMessage);
    await expectLogged("closeCode", CloseCode.MalformedMessage);
    await expectStillHealthy();
  });

  it("closes a socket that sends an oversized message with 1009", async () => {
    const raw = await openRawClient(target, DOC);
    raw.ws.send(new Uint8Array(LIMITS.maxMessageBytes + 1));
    expect(await raw.closed).toBe(CloseCode.MessageTooBig);
    await expectLogged("wsError", "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH");
    await expectStillHealthy();
  });

  it("closes a socket that sends a frame with reserved bits set with 1002", async () => {
    const raw = await rawUpgrade(harness.port, harness.origin, target.sessionId!, DOC);
    const finRsv1Binary = 0x80 | 0x40 | 0x2;
    raw.socket.write(clientFrame(finRsv1Binary, updateMessage(someUpdate("rsv"))));
    expect(await raw.closeCode).toBe(CloseCode.ProtocolError);
    await expectLogged("wsError", "WS_ERR_UNEXPECTED_RSV_1");
    raw.socket.destroy();
    await expectStillHealthy();
  });

  it("closes a socket that stops reading with 4504 once its backlog passes the limit, while its room goes on syncing", async () => {
    await harness.stop();
    harness = await startCollabHarness({
      defaultAccess: "write",
      // Time enough for the resumed reader to work through its backlog to the close frame, also
      // on a busy machine (with the default second it may be dropped first, and see 1006).
      limits: { maxBufferedSendBytes: 256 * 1024, closeGraceMs: 60_000 },
    });
    const { sessionId } = harness.addUser("u1");
    target = { url: harness.url, origin: harness.origin, sessionId };
    const slow = await openRawClient(target, DOC);
    slow.ws.pause();
    const writer = connectClient(target, DOC);
    const reader = connectClient(target, DOC);
    await Promise.all([waitForSync(writer), waitForSync(reader)]);
    // Far more than the kernel's socket buffers hold, so the backlog reaches the server's queue;
    // the other reader takes each chunk before the next is sent, so it keeps up.
    const chunk = "x".repeat(512 * 1024);
    for (let i = 1; i <= 40; i++) {
      writer.doc.getText("text").insert(0, chunk);
      await waitFor(() => textOf(reader.doc).length === i * chunk.length, "reader keeps up");
    }
    await waitFor(
      () => harness.logs.some((line) => line.msg.includes("too far behind")),
      "slow reader dropped",
    );
    slow.ws.resume();
    expect(await slow.closed).toBe(CloseCode.SlowReader);
    writer.doc.getText("text").insert(0, "verder");
    await waitFor(() => textOf(reader.doc).startsWith("verder"), "the room still syncs");
    expect(textOf(reader.doc)).toHaveLength(40 * chunk.length + "verder".length);
    expect([...writer.closeCodes, ...reader.closeCodes]).toEqual([]);
    writer.destroy();
    reader.destroy();
  });

  it("closes a socket that exceeds the update rate limit with 4429", async () => {
    await harness.stop();
    harness = await startCollabHarness({
      defaultAccess: "write",
      limits: { messageBurst: 5, messagesPerSecond: 1 },
    });
    const { sessionId } = harness.addUser("u1");
    const raw = await openRawClient({ url: harness.url, origin: harness.origin, sessionId }, DOC);
    for (let i = 0; i < 20; i++) raw.ws.send(updateMessage(someUpdate(String(i))));
    expect(await raw.closed).toBe(CloseCode.RateLimited);
    await expectLogged("closeCode", CloseCode.RateLimited);
  });
});
