/**
 * Leefgebied notes that an older version stored as plain strings become shared text (a Y.Text)
 * when the server loads the document: once, by the server, stored like any other change, and
 * typed into by two partners at once afterwards. Real server on port 0, real y-websocket clients.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  LEEFGEBIED_FIELDS,
  LEEFGEBIEDEN_DOC_KEYS,
  leefgebiedNoteText,
  readLeefgebieden,
} from "../../../shared/docs/leefgebiedenDoc.js";
import { LEEFGEBIEDEN } from "../../../shared/domain/leefgebied.js";
import { leefgebiedenUpkeepExtension } from "../../../server/extensions/leefgebiedenUpkeep.js";
import {
  connectClient,
  waitFor,
  waitForSync,
  type TestClient,
} from "../../support/collabClient.js";
import { startCollabHarness, type CollabHarness } from "../../support/collabHarness.js";
import { loadStoredDoc } from "../../support/storedDocument.js";
import { startTestServer } from "../../support/server.js";
import { caseIdByTitle } from "../../support/sessionClient.js";

const DOC = "case/c1/leefgebieden";
const HUUR = "Huurachterstand van drie maanden.";
const SCHULD = "Schuldhulp loopt.";

describe("leefgebied notes stored as plain strings by an older version", () => {
  const cleanups: (() => Promise<unknown> | void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A collaboration server on `dataDir`, with the note preparation when `prepare` is set. */
  async function harnessOn(prepare: boolean, dataDir?: string): Promise<CollabHarness> {
    const harness = await startCollabHarness({
      dataDir,
      defaultAccess: "write",
      extensions: prepare ? [leefgebiedenUpkeepExtension] : [],
      limits: { unloadDelayMs: 20 },
    });
    let stopped = false;
    const stop = harness.stop.bind(harness);
    harness.stop = async () => {
      if (stopped) return;
      stopped = true;
      await stop();
    };
    cleanups.push(() => harness.stop());
    return harness;
  }

  function open(harness: CollabHarness, userId: string): TestClient {
    const { sessionId } = harness.addUser(userId);
    const client = connectClient({ url: harness.url, origin: harness.origin, sessionId }, DOC);
    cleanups.push(() => client.destroy());
    return client;
  }

  /** Stores a document the way the version before shared notes wrote it, and stops that server. */
  async function storeLegacyDocument(): Promise<string> {
    const old = await harnessOn(false);
    const writer = open(old, "u0");
    await waitForSync(writer);
    writer.doc.transact(() => {
      const scores = writer.doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.scores);
      const huisvesting = new Y.Map<unknown>();
      scores.set("huisvesting", huisvesting);
      huisvesting.set(LEEFGEBIED_FIELDS.score, 2);
      huisvesting.set(LEEFGEBIED_FIELDS.note, HUUR);
      scores.set("financien", {
        score: 3,
        note: SCHULD,
        setBy: "u0",
        setAt: "2025-03-01T09:00:00Z",
      });
    });
    const onServer = await old.collab.openDocument(DOC);
    await waitFor(
      () => onServer.doc.getMap(LEEFGEBIEDEN_DOC_KEYS.scores).size === 2,
      "the legacy entries reached the server",
    );
    onServer.release();
    writer.destroy();
    await old.stop();
    const stored = await loadStoredDoc(old.dataDir, DOC);
    expect(stored.getMap(LEEFGEBIEDEN_DOC_KEYS.scores).size).toBe(2);
    return old.dataDir;
  }

  /** The id of the note's Y.Text: a second conversion would make a new one. */
  function noteId(doc: Y.Doc): string {
    const id = leefgebiedNoteText(doc, "huisvesting")?._item?.id;
    return id ? `${id.client}:${id.clock}` : "none";
  }

  it("are converted once on load, typed into by two partners at once, and stay converted after a restart", async () => {
    const dataDir = await storeLegacyDocument();
    const server = await harnessOn(true, dataDir);
    // Two partners open the document at the same moment.
    const a = open(server, "u1");
    const b = open(server, "u2");
    await Promise.all([waitForSync(a), waitForSync(b)]);
    await waitFor(
      () =>
        leefgebiedNoteText(a.doc, "huisvesting") !== null &&
        leefgebiedNoteText(b.doc, "huisvesting") !== null,
      "both clients have the converted notes",
    );
    expect(noteId(a.doc)).toBe(noteId(b.doc));
    for (const client of [a, b]) {
      expect(leefgebiedNoteText(client.doc, "huisvesting")?.toJSON()).toBe(HUUR);
      expect(leefgebiedNoteText(client.doc, "financien")?.toJSON()).toBe(SCHULD);
      expect(readLeefgebieden(client.doc).value.scores.financien).toMatchObject({
        score: 3,
        setBy: "u0",
      });
    }

    // Both type into the same note before either has seen the other's text.
    const textA = leefgebiedNoteText(a.doc, "huisvesting");
    const textB = leefgebiedNoteText(b.doc, "huisvesting");
    textA?.insert(textA.length, " Woningcorporatie dreigt met ontruiming.");
    textB?.insert(0, "Politie: melding overlast. ");
    const both = `Politie: melding overlast. ${HUUR} Woningcorporatie dreigt met ontruiming.`;
    const noteOf = (client: TestClient) => readLeefgebieden(client.doc).value.scores.huisvesting;
    await waitFor(
      () => noteOf(a)?.note === both && noteOf(b)?.note === both,
      "both partners' text in both documents",
    );
    const converted = noteId(a.doc);
    a.destroy();
    b.destroy();
    await server.stop();

    // Stored as the server left it: the conversion and both partners' text.
    const stored = await loadStoredDoc(dataDir, DOC);
    expect(leefgebiedNoteText(stored, "huisvesting")?.toJSON()).toBe(both);
    expect(noteId(stored)).toBe(converted);

    // After a restart the document is prepared already: the same Y.Text, not a new one.
    const restarted = await harnessOn(true, dataDir);
    const later = open(restarted, "u3");
    await waitForSync(later);
    expect(noteId(later.doc)).toBe(converted);
    expect(noteOf(later)?.note).toBe(both);
  });

  it("stores the conversion even when nobody writes in the document", async () => {
    const dataDir = await storeLegacyDocument();
    const server = await harnessOn(true, dataDir);
    const handle = await server.collab.openDocument(DOC);
    expect(leefgebiedNoteText(handle.doc, "huisvesting")?.toJSON()).toBe(HUUR);
    handle.release();
    await server.stop();

    const stored = await loadStoredDoc(dataDir, DOC);
    for (const leefgebied of LEEFGEBIEDEN) {
      expect(leefgebiedNoteText(stored, leefgebied)).toBeInstanceOf(Y.Text);
    }
    expect(leefgebiedNoteText(stored, "huisvesting")?.toJSON()).toBe(HUUR);
    expect(leefgebiedNoteText(stored, "financien")?.toJSON()).toBe(SCHULD);
  });

  it("leaves documents of other kinds alone", async () => {
    const server = await harnessOn(true);
    const handle = await server.collab.openDocument("case/c1/triage");
    expect(handle.doc.share.size).toBe(0);
    handle.release();
  });

  it("are prepared by the real server for every case's leefgebieden document", async () => {
    const server = await startTestServer();
    cleanups.push(() => server.stop());
    const caseId = await caseIdByTitle(server, await server.login("pr.jansen"), "Demo casus A");
    const handle = await server.collab.openDocument(`case/${caseId}/leefgebieden`);
    for (const leefgebied of LEEFGEBIEDEN) {
      expect(leefgebiedNoteText(handle.doc, leefgebied)).toBeInstanceOf(Y.Text);
    }
    handle.release();
  });
});
