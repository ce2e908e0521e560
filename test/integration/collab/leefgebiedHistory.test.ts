/**
 * The history of earlier ZRM scores is the server's to write: a partner's new score on the real
 * server is followed by the server recording what it replaced, which every client receives and
 * which is stored; a client that writes a history itself, deletes it or replaces the map that
 * holds it is refused and closed, and the stored history stays as it was. Real server on port 0, real y-websocket clients.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  LEEFGEBIED_FIELDS,
  LEEFGEBIEDEN_DOC_KEYS,
  readLeefgebieden,
  setLeefgebiedScore,
} from "../../../shared/docs/leefgebiedenDoc.js";
import { CloseCode } from "../../../shared/wire/closeCodes.js";
import { updateMessage } from "../../support/collabRawSocket.js";
import { startTestServer, type TestServer } from "../../support/server.js";
import {
  caseIdByTitle,
  demoUser,
  eventually,
  Sockets,
  type SessionClient,
} from "../../support/sessionClient.js";

let server: TestServer;
const sockets = new Sockets(() => server);
afterEach(async () => {
  sockets.destroyAll();
  await server.stop();
});

/** The history of Financiën in `doc`, as score and who. */
const historyOf = (doc: Y.Doc) =>
  (readLeefgebieden(doc).value.scores.financien?.history ?? []).map((h) => [h.score, h.setBy]);

/** Financiën's entry map in `doc`. */
const entryIn = (doc: Y.Doc) =>
  doc.getMap<Y.Map<unknown>>(LEEFGEBIEDEN_DOC_KEYS.scores).get("financien");

/** A client of Demo casus C's leefgebieden as `username`, once synced. */
async function openC(username: string): Promise<SessionClient> {
  const cookie = await server.login(username);
  const caseC = await caseIdByTitle(server, cookie, "Demo casus C");
  const client = sockets.open(cookie, `case/${caseC}/leefgebieden`);
  await eventually(() => client.provider.synced, `${username} synced`);
  return client;
}

describe("the history of earlier scores on the real server", () => {
  it("is written by the server after a partner's new score, reaches every client and is stored", async () => {
    server = await startTestServer();
    const jansen = demoUser(server, "pr.jansen").id;
    const bakker = demoUser(server, "cr.bakker");
    const his = await openC("cr.bakker");
    const hers = await openC("pr.jansen");
    // The demo measured Financiën twice: 1 earlier, 2 today, both by Petra Jansen.
    expect(historyOf(hers.doc)).toEqual([[1, jansen]]);

    setLeefgebiedScore(his.doc, "financien", 3, { by: bakker.id, at: new Date().toISOString() });
    // Another partner's score the same day is a measurement of its own: hers is kept.
    const kept = JSON.stringify([
      [1, jansen],
      [2, jansen],
    ]);
    await eventually(() => JSON.stringify(historyOf(hers.doc)) === kept, "her history");
    await eventually(() => JSON.stringify(historyOf(his.doc)) === kept, "his history");
    const caseC = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus C");
    const handle = await server.collab.openDocument(`case/${caseC}/leefgebieden`);
    expect(historyOf(handle.doc)).toEqual([
      [1, jansen],
      [2, jansen],
    ]);
    handle.release();
  });

  it("refuses a client that writes a history itself, and keeps the stored one", async () => {
    server = await startTestServer();
    const jansen = demoUser(server, "pr.jansen").id;
    const devries = demoUser(server, "dn.devries").id;
    const forger = await openC("pr.jansen");
    const watcher = await openC("cr.bakker");
    forger.doc.transact(() => {
      const entry = forger.doc
        .getMap<Y.Map<unknown>>(LEEFGEBIEDEN_DOC_KEYS.scores)
        .get("financien");
      entry?.set(LEEFGEBIED_FIELDS.history, [
        { score: 5, setBy: devries, setAt: "2026-01-05T09:00:00.000Z" },
      ]);
    });
    await eventually(() => forger.closeCodes.includes(CloseCode.Forbidden), "forger closed");
    // The others never see it; the server's copy keeps the real one.
    expect(historyOf(watcher.doc)).toEqual([[1, jansen]]);
    const caseC = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus C");
    const handle = await server.collab.openDocument(`case/${caseC}/leefgebieden`);
    expect(historyOf(handle.doc)).toEqual([[1, jansen]]);
    handle.release();
  });

  it("refuses a client that deletes the history, replaces the map that holds it or unsigns a score, and keeps the stored one", async () => {
    server = await startTestServer();
    const jansen = demoUser(server, "pr.jansen").id;
    const watcher = await openC("cr.bakker");
    const erasers: ((doc: Y.Doc) => void)[] = [
      (doc) => entryIn(doc)?.delete(LEEFGEBIED_FIELDS.history),
      (doc) => doc.getMap(LEEFGEBIEDEN_DOC_KEYS.scores).set("financien", new Y.Map()),
      // Unsigning the current score, so a next one of the same writer would count as another's.
      (doc) => entryIn(doc)?.delete(LEEFGEBIED_FIELDS.setBy),
    ];
    for (const erase of erasers) {
      const eraser = await openC("pr.jansen");
      erase(eraser.doc);
      await eventually(() => eraser.closeCodes.includes(CloseCode.Forbidden), "eraser closed");
    }
    // Crafted without a delete set, as no editor sends it: a plain value for Financiën from a
    // client id above the map's creator's, which Yjs would make the live value.
    const crafted = new Y.Doc();
    crafted.clientID = 0xffffffff;
    crafted.getMap(LEEFGEBIEDEN_DOC_KEYS.scores).set("financien", 42);
    const raw = await openC("pr.jansen");
    raw.provider.ws?.send(updateMessage(Y.encodeStateAsUpdate(crafted)));
    await eventually(() => raw.closeCodes.includes(CloseCode.Forbidden), "crafted writer closed");
    // A partner's typing in the note, with a deletion, still goes through.
    const typist = await openC("pr.jansen");
    const note = entryIn(typist.doc)?.get(LEEFGEBIED_FIELDS.note) as Y.Text;
    note.insert(0, "Schuldhulp gestart. ");
    note.delete(0, "Schuldhulp ".length);
    const typed = note.toJSON();
    await eventually(
      () => (entryIn(watcher.doc)?.get(LEEFGEBIED_FIELDS.note) as Y.Text).toJSON() === typed,
      "the note reaches the watcher",
    );
    expect(typist.closeCodes).toEqual([]);
    expect(historyOf(watcher.doc)).toEqual([[1, jansen]]);
    const caseC = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus C");
    const handle = await server.collab.openDocument(`case/${caseC}/leefgebieden`);
    expect(historyOf(handle.doc)).toEqual([[1, jansen]]);
    handle.release();
  });
});
