/**
 * The write policy's guards on updates a tampered client could craft: real Yjs updates, placed
 * against the server's copy of the document as the collaboration server does.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Principal } from "../auth/principal.js";
import { decodeUpdateStrict } from "../collab/updateCheck.js";
import { placesOfUpdate } from "../collab/updatePlaces.js";
import { documentUpdateGuard } from "./documentWritePolicy.js";

const writer: Principal = {
  userId: "u-a",
  username: "dn.a",
  displayName: "A",
  organisationId: "org-a",
  organisationName: "Org A",
  role: "deelnemer",
  regio: "Regio",
  sessionId: "sess-a",
  mustChangePassword: false,
};

/** Whether the guard of `docName` lets the writer send `update` to `server`. */
function allowed(server: Y.Doc, docName: string, update: Uint8Array): boolean {
  const guard = documentUpdateGuard(writer, docName);
  const places = placesOfUpdate(server, decodeUpdateStrict(update));
  return places !== null && (guard?.allows(places) ?? true);
}

/** The update a client sends for `change` made on a fresh document. */
function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = 7;
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** A map entry written by `Y.Map.set`, then given other content as a crafted update could. */
function craftedEntry(
  map: Y.Map<unknown>,
  key: string,
  content: Y.ContentAny | Y.ContentEmbed,
): void {
  map.set(key, null);
  const item = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key);
  if (item === undefined) throw new Error("no item");
  item.content = content;
}

const TRIAGE = "case/case_1/triage";
const LEEFGEBIEDEN = "case/case_1/leefgebieden";

describe("the triage guard", () => {
  it("takes an answer stamped with the writer's own id", () => {
    const update = updateOf((d) => d.getMap("risico").set("rtiG", { level: "hoog", setBy: "u-a" }));
    expect(allowed(new Y.Doc(), TRIAGE, update)).toBe(true);
  });

  it("refuses an answer stamped with someone else's id, or with none", () => {
    for (const answer of [{ level: "hoog", setBy: "u-b" }, { level: "hoog" }]) {
      const update = updateOf((d) => d.getMap("risico").set("rtiG", answer));
      expect(allowed(new Y.Doc(), TRIAGE, update)).toBe(false);
    }
  });

  it("refuses a crafted entry holding a second answer in someone else's name, or an embed", () => {
    const own = { level: "laag", setBy: "u-a" };
    const other = { level: "zeer_hoog", setBy: "u-b" };
    const twoValues = updateOf((d) =>
      craftedEntry(d.getMap("risico"), "rtiG", new Y.ContentAny([own, other])),
    );
    const embed = updateOf((d) =>
      craftedEntry(d.getMap("risico"), "rtiG", new Y.ContentEmbed(other)),
    );
    expect(allowed(new Y.Doc(), TRIAGE, twoValues)).toBe(false);
    expect(allowed(new Y.Doc(), TRIAGE, embed)).toBe(false);
  });
});

describe("the leefgebieden guard", () => {
  /** The server's copy, with a leefgebied entry map prepared as the server does on load. */
  function prepared(): { server: Y.Doc; client: Y.Doc; sent: Uint8Array[] } {
    const server = new Y.Doc();
    server.getMap("scores").set("justitie", new Y.Map());
    const client = new Y.Doc();
    client.clientID = 7;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const sent: Uint8Array[] = [];
    client.on("update", (u: Uint8Array) => sent.push(u));
    return { server, client, sent };
  }
  const entryOf = (doc: Y.Doc) => doc.getMap("scores").get("justitie") as Y.Map<unknown>;

  it("takes a score with the writer's own setBy", () => {
    const { server, client, sent } = prepared();
    client.transact(() => {
      entryOf(client).set("score", 2);
      entryOf(client).set("setBy", "u-a");
    });
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(true);
  });

  it("refuses a score under someone else's setBy, and a score without the writer's setBy", () => {
    const other = prepared();
    other.client.transact(() => {
      entryOf(other.client).set("score", 2);
      entryOf(other.client).set("setBy", "u-b");
    });
    expect(allowed(other.server, LEEFGEBIEDEN, other.sent[0]!)).toBe(false);

    const bare = prepared();
    entryOf(bare.client).set("score", 1);
    expect(allowed(bare.server, LEEFGEBIEDEN, bare.sent[0]!)).toBe(false);
  });

  it("refuses any history of earlier scores a client writes, even with its own score and setBy: only the server keeps it", () => {
    const { server, client, sent } = prepared();
    client.transact(() => {
      entryOf(client).set("score", 2);
      entryOf(client).set("setBy", "u-a");
      entryOf(client).set("history", [
        { score: 1, setBy: "u-b", setAt: "2026-01-05T09:00:00.000Z" },
      ]);
    });
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(false);
    const bare = prepared();
    entryOf(bare.client).set("history", []);
    expect(allowed(bare.server, LEEFGEBIEDEN, bare.sent[0]!)).toBe(false);
  });

  /** The prepared copy with a history the server kept, and a client that has it. */
  function withHistory(): { server: Y.Doc; client: Y.Doc; sent: Uint8Array[] } {
    const server = new Y.Doc();
    server.clientID = 1;
    const entry = new Y.Map<unknown>();
    server.getMap("scores").set("justitie", entry);
    entry.set("note", new Y.Text("Loopt een taakstraf."));
    entry.set("history", [{ score: 1, setBy: "u-b", setAt: "2026-01-05T09:00:00.000Z" }]);
    const client = new Y.Doc();
    client.clientID = 7;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const sent: Uint8Array[] = [];
    client.on("update", (u: Uint8Array) => sent.push(u));
    return { server, client, sent };
  }

  it("refuses a client that clears, redates or unsigns a score without signing the change as its own", () => {
    const scored = () => {
      const state = withHistory();
      entryOf(state.server).set("score", 3);
      entryOf(state.server).set("setBy", "u-b");
      entryOf(state.server).set("setAt", "2026-01-05T09:00:00.000Z");
      Y.applyUpdate(state.client, Y.encodeStateAsUpdate(state.server));
      state.sent.length = 0;
      return state;
    };
    const changes: ((entry: Y.Map<unknown>) => void)[] = [
      (entry) => entry.delete("setBy"),
      (entry) => entry.delete("score"),
      (entry) => entry.set("setAt", "2019-01-01T09:00:00.000Z"),
      (entry) => entry.delete("setAt"),
    ];
    for (const change of changes) {
      const { server, client, sent } = scored();
      change(entryOf(client));
      expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(false);
    }
    // Signed as the writer's own, the same clearing is a partner's score change.
    const { server, client, sent } = scored();
    client.transact(() => {
      entryOf(client).delete("score");
      entryOf(client).set("setBy", "u-a");
      entryOf(client).set("setAt", "2026-01-06T09:00:00.000Z");
    });
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(true);
  });

  it.each([
    ["the day the server received a score", "receivedOn", "2026-01-05"],
    ["which score that day belongs to", "receivedFor", "2026-01-05T09:00:00.000Z"],
  ])("refuses a client that writes or deletes %s", (_what, field, stored) => {
    const written = prepared();
    written.client.transact(() => {
      entryOf(written.client).set("score", 2);
      entryOf(written.client).set("setBy", "u-a");
      entryOf(written.client).set(field, stored);
    });
    expect(allowed(written.server, LEEFGEBIEDEN, written.sent[0]!)).toBe(false);

    const { server, client, sent } = prepared();
    entryOf(server).set(field, stored);
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    sent.length = 0;
    entryOf(client).delete(field);
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(false);
  });

  it("refuses a client that deletes the history the server kept", () => {
    const { server, client, sent } = withHistory();
    entryOf(client).delete("history");
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(false);
  });

  it("refuses a client that replaces the history with a list of its own, or the leefgebied's whole map", () => {
    const list = withHistory();
    entryOf(list.client).set("history", new Y.Array());
    expect(allowed(list.server, LEEFGEBIEDEN, list.sent[0]!)).toBe(false);

    const map = withHistory();
    map.client.getMap("scores").set("justitie", new Y.Map());
    expect(allowed(map.server, LEEFGEBIEDEN, map.sent[0]!)).toBe(false);
  });

  it("refuses a new map for the leefgebied written without a neighbour, which a higher client id makes win", () => {
    const { server } = withHistory();
    const crafted = new Y.Doc();
    crafted.clientID = 2 ** 31;
    crafted.getMap("scores").set("justitie", new Y.Map());
    expect(allowed(server, LEEFGEBIEDEN, Y.encodeStateAsUpdate(crafted))).toBe(false);
    // Applied, it would have won: the history would be gone.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(crafted));
    expect(entryOf(server).get("history")).toBeUndefined();
  });

  it("takes what partners do: clearing a score, replacing one, deleting typed text of a note", () => {
    const { server, client, sent } = withHistory();
    client.transact(() => {
      entryOf(client).set("score", 2);
      entryOf(client).set("setBy", "u-a");
    });
    client.transact(() => {
      entryOf(client).delete("score");
      entryOf(client).set("setBy", "u-a");
    });
    (entryOf(client).get("note") as Y.Text).delete(0, 5);
    for (const update of sent) {
      expect(allowed(server, LEEFGEBIEDEN, update)).toBe(true);
      Y.applyUpdate(server, update);
    }
    expect(sent).toHaveLength(3);
  });

  it("takes the conversion of an older plain entry into a map", () => {
    const server = new Y.Doc();
    server.getMap("scores").set("justitie", { note: "oud" });
    const client = new Y.Doc();
    client.clientID = 7;
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const sent: Uint8Array[] = [];
    client.on("update", (u: Uint8Array) => sent.push(u));
    client.getMap("scores").set("justitie", new Y.Map());
    expect(allowed(server, LEEFGEBIEDEN, sent[0]!)).toBe(true);
  });

  it("judges an update adding a string, a record or a ZRM score, and leaves one of other numbers alone", () => {
    const guard = documentUpdateGuard(writer, LEEFGEBIEDEN);
    const picks = guard?.judges;
    if (typeof picks !== "function") throw new Error("the leefgebieden guard picks values");
    expect([picks("u-b"), picks({ setBy: "u-b" }), picks(3)]).toEqual([true, true, true]);
    expect([picks(1_700_000_000), picks(null), picks(true)]).toEqual([false, false, false]);
  });
});
