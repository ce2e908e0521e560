import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import { loadStoredDoc } from "../../support/storedDocument.js";
import {
  clientFrame,
  rawUpgrade,
  someUpdate,
  updateMessage,
} from "../../support/collabRawSocket.js";
import {
  connectClient,
  textOf,
  upgradeStatus,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";

const DOC = "case/c7/plan";

describe("access to a document", () => {
  let harness: CollabHarness;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    harness = await startCollabHarness();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await harness.stop();
  });

  function connect(userId: string, docName = DOC): TestClient {
    const { sessionId } = harness.addUser(userId);
    const target = { url: harness.url, origin: harness.origin, sessionId };
    const client = connectClient(target, docName);
    clients.push(client);
    return client;
  }

  async function writerWithText(text: string): Promise<TestClient> {
    harness.grant("writer", DOC, "write");
    const writer = connect("writer");
    await waitForSync(writer);
    writer.doc.getText("text").insert(0, text);
    return writer;
  }

  it("refuses a websocket upgrade without a session cookie with HTTP 401", async () => {
    const target = { url: harness.url, origin: harness.origin, sessionId: undefined };
    expect(await upgradeStatus(target, DOC)).toBe(401);
  });

  it("refuses a websocket upgrade with an unknown session with HTTP 401", async () => {
    const target = { url: harness.url, origin: harness.origin, sessionId: "session-nobody" };
    expect(await upgradeStatus(target, DOC)).toBe(401);
  });

  it("refuses a websocket upgrade from a foreign origin with HTTP 403", async () => {
    const { sessionId } = harness.addUser("u1");
    harness.grant("u1", DOC, "write");
    const target = { url: harness.url, origin: "http://evil.example", sessionId };
    expect(await upgradeStatus(target, DOC)).toBe(403);
  });

  it("closes a non-participant with 4403 and sends it no document data", async () => {
    await writerWithText("vertrouwelijk");
    const outsider = connect("outsider");
    await waitFor(() => outsider.closeCodes.length > 0, "outsider closed");
    expect(outsider.closeCodes).toEqual([CloseCode.Forbidden]);
    expect(outsider.provider.shouldConnect).toBe(false);
    expect(textOf(outsider.doc)).toBe("");
    expect(outsider.provider.awareness.getStates().size).toBe(1);
  });

  it("answers an unknown document the same way as a forbidden one", async () => {
    const client = connect("u1", "case/does-not-exist/plan");
    await waitFor(() => client.closeCodes.length > 0, "closed");
    expect(client.closeCodes).toEqual([CloseCode.Forbidden]);
  });

  it("closes a socket for an invalid document name with 4400", async () => {
    const client = connect("u1", "case/c1/notakind");
    await waitFor(() => client.closeCodes.length > 0, "closed");
    expect(client.closeCodes).toEqual([CloseCode.BadRequest]);
  });

  it("lets a read-only participant receive updates but refuses and logs its own", async () => {
    const writer = await writerWithText("plan: ");
    harness.grant("reader", DOC, "read");
    const reader = connect("reader");
    await waitFor(() => textOf(reader.doc) === "plan: ", "reader receives content");

    reader.doc.getText("text").insert(0, "NIET TOEGESTAAN ");
    await waitFor(
      () => harness.logs.some((line) => line.msg.includes("read-only connection refused")),
      "refusal logged",
    );
    writer.doc.getText("text").insert(6, "bellen");
    await waitFor(() => textOf(reader.doc).endsWith("plan: bellen"), "reader still receives");

    expect(textOf(writer.doc)).toBe("plan: bellen");
    expect(reader.closeCodes).toEqual([]);
    const handle = await harness.collab.openDocument(DOC);
    expect(handle.doc.getText("text").toJSON()).toBe("plan: bellen");
    handle.release();
    // Nor is it on disk: what storage holds replays to the writer's text only.
    expect(textOf(await loadStoredDoc(harness.dataDir, DOC))).toBe("plan: bellen");
  });

  it("lets a read-only participant with old deletions reconnect without a refusal", async () => {
    const writer = await writerWithText("abcdef");
    writer.doc.getText("text").delete(0, 3);
    harness.grant("reader", DOC, "read");
    const reader = connect("reader");
    await waitFor(() => textOf(reader.doc) === "def", "reader synced");
    reader.provider.disconnect();
    reader.provider.connect();
    await waitForSync(reader);
    writer.doc.getText("text").insert(0, "x");
    await waitFor(() => textOf(reader.doc) === "xdef", "reader receives after reconnect");
    expect(harness.logs.some((line) => line.msg.includes("read-only"))).toBe(false);
  });

  it("closes a connection with 4403 when its access is revoked", async () => {
    const writer = await writerWithText("tekst");
    harness.grant("writer", DOC, "none");
    await harness.collab.revalidate({ userId: "writer" });
    await waitFor(() => writer.closeCodes.length > 0, "revoked socket closed");
    expect(writer.closeCodes).toEqual([CloseCode.Forbidden]);
    expect(writer.provider.shouldConnect).toBe(false);
  });

  it("downgrades a connection to read-only when its access changes", async () => {
    const writer = await writerWithText("eerst");
    harness.grant("other", DOC, "write");
    const other = connect("other");
    await waitFor(() => textOf(other.doc) === "eerst", "other synced");
    harness.grant("writer", DOC, "read");
    await harness.collab.revalidate({ caseId: "c7" });
    writer.doc.getText("text").insert(0, "daarna ");
    await waitFor(
      () => harness.logs.some((line) => line.msg.includes("read-only connection refused")),
      "refusal logged",
    );
    expect(textOf(other.doc)).toBe("eerst");
    expect(writer.closeCodes).toEqual([]);
  });

  it("closes every socket of a session that ended with 4401", async () => {
    const writer = await writerWithText("x");
    harness.collab.closeSession("session-writer");
    await waitFor(() => writer.closeCodes.length > 0, "session sockets closed");
    expect(writer.closeCodes).toEqual([CloseCode.Unauthenticated]);
  });

  it("sets the awareness user from the session, not from the client", async () => {
    harness.grant("u1", DOC, "write");
    harness.grant("u2", DOC, "write");
    const a = connect("u1");
    const b = connect("u2");
    await Promise.all([waitForSync(a), waitForSync(b)]);
    a.provider.awareness.setLocalStateField("user", {
      name: "Iemand Anders",
      organisation: "Nep",
      color: "#ff8800",
      admin: true,
    });
    const seen = (): unknown => b.provider.awareness.getStates().get(a.doc.clientID)?.user;
    await waitFor(() => seen() !== undefined, "awareness arrives");
    expect(seen()).toEqual({
      name: "Testgebruiker u1",
      organisation: "Testorganisatie",
      color: "#ff8800",
    });
  });

  it("refuses new connections with 4503 while the host takes none, keeps the open ones, and lets the refused client in once it does", async () => {
    await harness.stop();
    let accepting = true;
    harness = await startCollabHarness({ accepting: () => accepting, defaultAccess: "write" });
    const open = connect("open");
    await waitForSync(open);

    accepting = false;
    const refused = connect("refused");
    await waitFor(() => refused.closeCodes.length > 0, "refused");
    expect(refused.closeCodes[0]).toBe(CloseCode.DocumentUnavailable);
    open.doc.getText("text").insert(0, "nog open");

    accepting = true;
    // 4503 is no final answer: the client tries again by itself and gets in.
    await waitForSync(refused);
    await waitFor(() => textOf(refused.doc) === "nog open", "the open client's edit");
  });
});

/** A harness whose documents finish loading only when the test says so. */
async function harnessWithHeldLoad(): Promise<{
  harness: CollabHarness;
  isLoading: () => boolean;
  finishLoading: () => void;
}> {
  let loading = false;
  let finishLoading = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    finishLoading = resolve;
  });
  const harness = await startCollabHarness({
    extensions: [
      {
        name: "held-load",
        onLoad: async () => {
          loading = true;
          await loaded;
        },
      },
    ],
  });
  return { harness, isLoading: () => loading, finishLoading };
}

describe("a session that ends while its document is still loading", () => {
  it("gets no connection: the upgrade completes only to close with 4401", async () => {
    const { harness, isLoading, finishLoading } = await harnessWithHeldLoad();
    const { sessionId } = harness.addUser("u1");
    harness.grant("u1", DOC, "write");
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC);
    try {
      await waitFor(isLoading, "the document is loading");
      harness.endSession(sessionId);
      finishLoading();
      await waitFor(() => client.closeCodes.length > 0, "the upgrade answered");
      expect(client.closeCodes[0]).toBe(CloseCode.Unauthenticated);
      expect(client.provider.synced).toBe(false);
    } finally {
      client.destroy();
      await harness.stop();
    }
  });
});

describe("frames a client sends before its upgrade is answered", () => {
  it("are judged with the access decided at the upgrade: a read-only client's pipelined update is refused", async () => {
    const { harness, isLoading, finishLoading } = await harnessWithHeldLoad();
    const { sessionId } = harness.addUser("reader");
    harness.grant("reader", DOC, "read");
    const pipelined = clientFrame(0x82, updateMessage(someUpdate("vooraf")));
    const upgrading = rawUpgrade(harness.port, harness.origin, sessionId, DOC, pipelined);
    try {
      await waitFor(isLoading, "the document is loading");
      finishLoading();
      const raw = await upgrading;
      await waitFor(
        () => harness.logs.some((line) => line.msg.includes("read-only connection refused")),
        "the pipelined update refused",
      );
      const handle = await harness.collab.openDocument(DOC);
      expect(handle.doc.getText("text").toJSON()).toBe("");
      handle.release();
      raw.socket.destroy();
    } finally {
      finishLoading();
      await harness.stop();
    }
  });
});
