import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import { awarenessMessage } from "../../support/collabRawSocket.js";
import {
  connectClient,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";

const DOC = "case/c9/plan";
const NOT_OWNED = "does not own";

describe("presence in a room of several editors", () => {
  let harness: CollabHarness;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    harness = await startCollabHarness({ defaultAccess: "write" });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await harness.stop();
  });

  function connect(userId: string, doc = new Y.Doc()): TestClient {
    const { sessionId } = harness.addUser(userId);
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC, doc);
    clients.push(client);
    return client;
  }

  const caretOf = (viewer: TestClient, of: TestClient): unknown =>
    (viewer.provider.awareness.getStates().get(of.doc.clientID) as { caret?: unknown } | undefined)
      ?.caret;

  /** u1 and u2 in the document, u2 seeing u1's caret at 1. */
  async function twoPresent(): Promise<[TestClient, TestClient]> {
    const [a, b] = [connect("u1"), connect("u2")];
    await Promise.all([a, b].map(waitForSync));
    a.provider.awareness.setLocalStateField("caret", 1);
    await waitFor(() => caretOf(b, a) === 1, "a's caret arrives");
    return [a, b];
  }

  it("takes the carets that clients relay back for what they are, without a warning per caret", async () => {
    const [a, b, c] = [connect("u1"), connect("u2"), connect("u3")];
    await Promise.all([a, b, c].map(waitForSync));
    for (let position = 1; position <= 10; position++) {
      a.provider.awareness.setLocalStateField("caret", position);
      b.provider.awareness.setLocalStateField("caret", position);
    }
    await waitFor(
      () => caretOf(c, a) === 10 && caretOf(c, b) === 10 && caretOf(a, b) === 10,
      "the last carets arrive",
    );
    // Everything the clients sent back has reached the server by the time one more round trip has.
    c.provider.awareness.setLocalStateField("caret", 1);
    await waitFor(() => caretOf(a, c) === 1 && caretOf(b, c) === 1, "a round trip");
    expect(harness.logs.filter((line) => line.msg.includes(NOT_OWNED))).toEqual([]);
  });

  it("shows a partner again after they reconnect with the same client id", async () => {
    const [a, b] = await twoPresent();

    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a has left");
    // b's client relays a's departure back to the server, which must not make b the owner of a's id.
    b.provider.awareness.setLocalStateField("caret", 2);
    await waitFor(() => b.provider.wsconnected, "b still connected");
    a.provider.connect();
    await waitForSync(a);
    a.provider.awareness.setLocalStateField("caret", 3);

    await waitFor(() => caretOf(b, a) === 3, "a is present again for b");
    expect(harness.logs.filter((line) => line.msg.includes(NOT_OWNED))).toEqual([]);
  });

  it("shows a partner again as soon as they reconnect, before they change anything", async () => {
    const [a, b] = await twoPresent();

    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a has left");
    a.provider.connect();

    await waitFor(() => caretOf(b, a) === 1, "a is present again for b");
    // And what a does next is shown too: a takes the clock the server gave its state.
    a.provider.awareness.setLocalStateField("caret", 2);
    await waitFor(() => caretOf(b, a) === 2, "a's next caret arrives");
    expect(harness.logs.filter((line) => line.msg.includes(NOT_OWNED))).toEqual([]);
  });

  it("lets a partner's new connection take over from their old one that the server still holds", async () => {
    const [a, b] = await twoPresent();

    // The same browser tab after a network change: same user, same client id, a new socket,
    // while the server has not yet noticed that the old one is gone.
    const again = new Y.Doc();
    again.clientID = a.doc.clientID;
    const resumed = connect("u1", again);
    resumed.provider.awareness.setLocalStateField("caret", 7);
    await waitFor(() => caretOf(b, a) === 7, "the new connection's state is shown");

    // The old socket closing later does not take the partner away.
    a.provider.destroy();
    resumed.provider.awareness.setLocalStateField("caret", 8);
    await waitFor(() => caretOf(b, a) === 8, "the new connection still speaks for the id");
    // Settled: the two sockets did not take the id back and forth.
    const clock = b.provider.awareness.meta.get(a.doc.clientID)?.clock;
    b.provider.awareness.setLocalStateField("caret", 1);
    await waitFor(() => caretOf(resumed, b) === 1, "a round trip");
    expect(b.provider.awareness.meta.get(a.doc.clientID)?.clock).toBe(clock);
    expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true);
    expect(harness.logs.filter((line) => line.msg.includes(NOT_OWNED))).toEqual([]);
  });

  it("does not let another user speak for a client id, even on their first message", async () => {
    const [a, b] = await twoPresent();
    const seenByB: unknown[] = [];
    b.provider.awareness.on("change", () => seenByB.push(caretOf(b, a)));

    const impostor = new Y.Doc();
    impostor.clientID = a.doc.clientID;
    const c = connect("u3", impostor);
    await waitForSync(c);
    c.provider.awareness.setLocalStateField("caret", 99);
    c.provider.awareness.setLocalStateField("caret", 98);
    // One round trip after the impostor's messages.
    c.provider.awareness.setLocalStateField("other", 1);
    a.provider.awareness.setLocalStateField("caret", 2);
    await waitFor(() => caretOf(b, a) === 2, "a still speaks for its id");
    expect(seenByB).not.toContain(99);
    expect(seenByB).not.toContain(98);
  });

  it("still refuses a client that sets presence for a client id another connection owns", async () => {
    const [a, b] = await twoPresent();
    // b claims a's id with a newer clock than the server has seen: not an echo.
    const known = b.provider.awareness.meta.get(a.doc.clientID)?.clock ?? 0;
    b.provider.ws?.send(awarenessMessage(a.doc.clientID, known + 5, { caret: 99 }));

    await waitFor(
      () => harness.logs.some((line) => line.msg.includes(NOT_OWNED)),
      "the attempt is logged",
    );
    expect(caretOf(b, a)).toBe(1);
  });
});

describe("presence of a partner whose browser stops renewing it", () => {
  let harness: CollabHarness;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    harness = await startCollabHarness({
      defaultAccess: "write",
      limits: { awarenessRenewAfterMs: 300 },
    });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await harness.stop();
  });

  function connect(userId: string): TestClient {
    const { sessionId } = harness.addUser(userId);
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC);
    clients.push(client);
    return client;
  }

  it("is renewed by the server while the connection is open, and what they do next still counts", async () => {
    const [a, b] = [connect("u1"), connect("u2")];
    await Promise.all([a, b].map(waitForSync));
    a.provider.awareness.setLocalStateField("caret", 1);
    const clockAt = (viewer: TestClient) =>
      viewer.provider.awareness.meta.get(a.doc.clientID)?.clock;
    await waitFor(() => clockAt(b) !== undefined, "a's state arrives");
    const first = clockAt(b) ?? 0;

    // A hidden tab's timers run once a minute: a sends nothing, yet b sees a's state renewed.
    await waitFor(() => (clockAt(b) ?? 0) >= first + 2, "the server renewed a's state twice");
    // a took the renewed clock for its own state, so its next change is not taken for old news.
    await waitFor(() => clockAt(a) === clockAt(b), "a has the server's clock");
    a.provider.awareness.setLocalStateField("caret", 2);
    await waitFor(
      () =>
        (b.provider.awareness.getStates().get(a.doc.clientID) as { caret?: number })?.caret === 2,
      "a's next caret arrives",
    );
    // Renewal happens per quiet period, not per message: no runaway between a and the server.
    const renewals = (clockAt(b) ?? 0) - first;
    expect(renewals).toBeLessThan(30);
  });

  it("is not renewed once the connection has closed", async () => {
    const [a, b] = [connect("u1"), connect("u2")];
    await Promise.all([a, b].map(waitForSync));
    a.provider.awareness.setLocalStateField("caret", 1);
    await waitFor(() => b.provider.awareness.getStates().has(a.doc.clientID), "a is present");
    a.provider.disconnect();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a has left");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });
});
