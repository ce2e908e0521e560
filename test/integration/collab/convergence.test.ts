import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import {
  connectClient,
  textOf,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";

const DOC = "case/c1/analyse";

describe("co-editing one document", () => {
  let harness: CollabHarness;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    harness = await startCollabHarness({ defaultAccess: "write" });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await harness.stop();
  });

  function connect(userId: string, doc?: Y.Doc): TestClient {
    const { sessionId } = harness.addUser(userId);
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC, doc);
    clients.push(client);
    return client;
  }

  it("makes two clients converge on the same text", async () => {
    const a = connect("u1");
    const b = connect("u2");
    await Promise.all([waitForSync(a), waitForSync(b)]);
    a.doc.getText("text").insert(0, "Hallo ");
    b.doc.getText("text").insert(0, "wereld");
    await waitFor(() => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).length === 12, "converge");
    expect(textOf(a.doc)).toContain("Hallo ");
  });

  it("makes five clients converge after concurrent edits", async () => {
    const five = ["u1", "u2", "u3", "u4", "u5"].map((user) => connect(user));
    await Promise.all(five.map(waitForSync));
    five.forEach((client, index) => {
      for (let i = 0; i < 20; i++) client.doc.getText("text").insert(0, String(index));
    });
    await waitFor(
      () =>
        five.every((client) => textOf(client.doc) === textOf(five[0]!.doc)) &&
        textOf(five[0]!.doc).length === 100,
      "five clients converge",
    );
    expect(textOf(five[4]!.doc).split("4")).toHaveLength(21);
  });

  it("merges edits a client made offline once it reconnects", async () => {
    const a = connect("u1");
    const b = connect("u2");
    await Promise.all([waitForSync(a), waitForSync(b)]);
    a.doc.getText("text").insert(0, "begin ");
    await waitFor(() => textOf(b.doc) === "begin ", "first edit arrives");

    b.provider.disconnect();
    b.doc.getText("text").insert(6, "offline ");
    a.doc.getText("text").insert(6, "online ");
    b.provider.connect();

    await waitFor(
      () => textOf(a.doc) === textOf(b.doc) && textOf(a.doc).length === 21,
      "offline edit merged",
    );
    expect(textOf(a.doc)).toContain("offline ");
    expect(textOf(a.doc)).toContain("online ");
  });
});
