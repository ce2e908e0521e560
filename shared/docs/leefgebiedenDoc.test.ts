import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  LEEFGEBIEDEN,
  LEEFGEBIEDEN_INSTRUMENT_VERSION,
  type ZrmScore,
} from "../domain/leefgebied.js";
import {
  LEEFGEBIED_FIELDS,
  LEEFGEBIED_HISTORY_LIMIT,
  keepReplacedScores,
  LEEFGEBIEDEN_DOC_KEYS,
  leefgebiedNoteText,
  prepareLeefgebiedNotes,
  readLeefgebieden,
  setLeefgebiedNote,
  setLeefgebiedScore,
} from "./leefgebiedenDoc.js";

const stamp = { by: "u-1", at: "2025-01-15T09:00:00.000Z" };

/** A host on which every write counts as the server's own (dated by its `setAt`). */
const SERVER_WRITES = { isClientOrigin: () => false };

/** Until the server's history write, which follows each score change as a microtask, is done. */
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("leefgebieden document", () => {
  it("records score, who, when and the instrument version", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "huisvesting", 2, stamp);
    const { value, problems } = readLeefgebieden(doc, "2025-01-20");
    expect(problems).toEqual([]);
    expect(value.instrumentVersion).toBe(LEEFGEBIEDEN_INSTRUMENT_VERSION);
    expect(value.scores.huisvesting).toEqual({
      score: 2,
      note: null,
      setBy: "u-1",
      setAt: stamp.at,
      givenOn: "2025-01-15",
      stale: false,
      history: [],
    });
  });

  it("keeps, on the server's document, a score replaced on a later day as an earlier score, with who set it and when", async () => {
    const doc = new Y.Doc();
    keepReplacedScores(doc, SERVER_WRITES);
    setLeefgebiedScore(doc, "financien", 2, stamp);
    await settled();
    setLeefgebiedScore(doc, "financien", 3, { by: "u-1", at: "2025-02-20T10:00:00.000Z" });
    await settled();
    setLeefgebiedScore(doc, "financien", null, { by: "u-1", at: "2025-03-20T10:00:00.000Z" });
    await settled();
    setLeefgebiedScore(doc, "financien", 4, { by: "u-1", at: "2025-04-20T10:00:00.000Z" });
    await settled();
    const { value, problems } = readLeefgebieden(doc);
    expect(problems).toEqual([]);
    expect(value.scores.financien).toMatchObject({ score: 4, setBy: "u-1" });
    expect(value.scores.financien?.history).toEqual([
      { score: 2, setBy: "u-1", setAt: stamp.at, givenOn: "2025-01-15" },
      { score: 3, setBy: "u-1", setAt: "2025-02-20T10:00:00.000Z", givenOn: "2025-02-20" },
    ]);
  });

  it("treats a score its writer changes again the same Dutch day as a correction, and keeps one another partner replaces", async () => {
    const doc = new Y.Doc();
    keepReplacedScores(doc, SERVER_WRITES);
    // 23:30 and 00:30 Dutch time fall on two days, though on one UTC day.
    setLeefgebiedScore(doc, "huisvesting", 2, { by: "u-1", at: "2025-01-15T22:30:00.000Z" });
    await settled();
    setLeefgebiedScore(doc, "huisvesting", 3, { by: "u-1", at: "2025-01-15T23:30:00.000Z" });
    await settled();
    // 00:30 and 09:00 Dutch time are one day: a correction.
    setLeefgebiedScore(doc, "huisvesting", 4, { by: "u-1", at: "2025-01-16T08:00:00.000Z" });
    await settled();
    // Another partner the same day: their measurement does not erase the first one's.
    setLeefgebiedScore(doc, "huisvesting", 1, { by: "u-2", at: "2025-01-16T09:00:00.000Z" });
    await settled();
    expect(readLeefgebieden(doc).value.scores.huisvesting?.history).toEqual([
      { score: 2, setBy: "u-1", setAt: "2025-01-15T22:30:00.000Z", givenOn: "2025-01-15" },
      { score: 4, setBy: "u-1", setAt: "2025-01-16T08:00:00.000Z", givenOn: "2025-01-16" },
    ]);
  });

  it(`keeps the ${LEEFGEBIED_HISTORY_LIMIT} latest earlier scores`, async () => {
    const doc = new Y.Doc();
    keepReplacedScores(doc, SERVER_WRITES);
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 9)).toISOString();
    for (let n = 0; n <= LEEFGEBIED_HISTORY_LIMIT + 5; n++) {
      setLeefgebiedScore(doc, "justitie", ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5, {
        by: "u",
        at: day(n),
      });
      await settled();
    }
    const history = readLeefgebieden(doc).value.scores.justitie?.history ?? [];
    expect(history).toHaveLength(LEEFGEBIED_HISTORY_LIMIT);
    expect(history.at(-1)?.setAt).toBe(day(LEEFGEBIED_HISTORY_LIMIT + 4));
  });

  it("judges a score from a partner's client on the server's day: made-up dates on one day are corrections, and cannot push earlier scores out", async () => {
    const server = new Y.Doc();
    const CLIENT = Symbol("a partner's client");
    let clock = new Date("2025-06-02T09:00:00.000Z");
    keepReplacedScores(server, { isClientOrigin: (o) => o === CLIENT, now: () => clock });
    // Measured by the server's own hand (the demo): dated by setAt.
    setLeefgebiedScore(server, "justitie", 2, { by: "u-b", at: "2025-05-01T09:00:00.000Z" });
    await settled();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const send = () =>
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), CLIENT);
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n, 9)).toISOString();
    for (let n = 0; n <= LEEFGEBIED_HISTORY_LIMIT + 5; n++) {
      setLeefgebiedScore(client, "justitie", ((n % 5) + 1) as ZrmScore, { by: "u-a", at: day(n) });
      send();
      await settled();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    }
    // Only u-b's measurement was replaced by a measurement of another day; the rest corrected it.
    const history = () => readLeefgebieden(server).value.scores.justitie?.history ?? [];
    expect(history().map((h) => [h.score, h.setBy])).toEqual([[2, "u-b"]]);

    // The next day on the server's clock, u-a's score counts as a measurement of its own.
    clock = new Date("2025-06-03T09:00:00.000Z");
    setLeefgebiedScore(client, "justitie", 3, { by: "u-a", at: day(99) });
    send();
    await settled();
    // Read in the order the server kept them, each on the day it counted on, not the made-up one.
    expect(history().map((h) => [h.setBy, h.givenOn])).toEqual([
      ["u-b", "2025-05-01"],
      ["u-a", "2025-06-02"],
    ]);
    const current = readLeefgebieden(server, "2025-06-03").value.scores.justitie;
    expect(current).toMatchObject({ setAt: day(99), givenOn: "2025-06-03", stale: false });
  });

  it("judges staleness and shows the day by when the server received a partner's score, not by the date the client wrote", async () => {
    const server = new Y.Doc();
    const CLIENT = Symbol("a partner's client");
    keepReplacedScores(server, {
      isClientOrigin: (o) => o === CLIENT,
      now: () => new Date("2025-06-02T09:00:00.000Z"),
    });
    prepareLeefgebiedNotes(server);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    // A client whose clock is months behind (or made up).
    setLeefgebiedScore(client, "financien", 3, { by: "u-a", at: "2025-01-02T09:00:00.000Z" });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), CLIENT);
    await settled();
    const read = (today: string) => readLeefgebieden(server, today).value.scores.financien;
    expect(read("2025-06-20")).toMatchObject({ givenOn: "2025-06-02", stale: false });
    expect(read("2025-07-03")).toMatchObject({ givenOn: "2025-06-02", stale: true });
  });

  it("dates a score just given on the writer's screen by its own setAt, not by the day the server received the one it replaced", async () => {
    const server = new Y.Doc();
    const CLIENT = Symbol("a partner's client");
    let clock = new Date("2025-06-02T09:00:00.000Z");
    keepReplacedScores(server, { isClientOrigin: (o) => o === CLIENT, now: () => clock });
    prepareLeefgebiedNotes(server);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const send = () =>
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), CLIENT);
    const receive = () =>
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    setLeefgebiedScore(client, "financien", 2, { by: "u-a", at: "2025-06-02T09:00:00.000Z" });
    send();
    await settled();
    receive();
    // Forty days on, a new measurement: the writer sees it dated today before the server answers.
    clock = new Date("2025-07-12T09:00:00.000Z");
    setLeefgebiedScore(client, "financien", 3, { by: "u-a", at: "2025-07-12T09:00:00.000Z" });
    const before = readLeefgebieden(client, "2025-07-12").value.scores.financien;
    expect(before).toMatchObject({ score: 3, givenOn: "2025-07-12", stale: false });
    send();
    await settled();
    receive();
    const after = readLeefgebieden(client, "2025-07-12").value.scores.financien;
    expect(after).toMatchObject({ givenOn: "2025-07-12", stale: false });
    expect(after?.history.map((h) => [h.score, h.givenOn])).toEqual([[2, "2025-06-02"]]);
  });

  it("keeps each replaced score once when two partners' scores reach the server one after the other", async () => {
    const server = new Y.Doc();
    keepReplacedScores(server, SERVER_WRITES);
    setLeefgebiedScore(server, "sociaal_netwerk", 2, stamp);
    await settled();
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    setLeefgebiedScore(a, "sociaal_netwerk", 3, { by: "u-a", at: "2025-03-01T09:00:00.000Z" });
    setLeefgebiedScore(b, "sociaal_netwerk", 4, { by: "u-b", at: "2025-03-01T09:00:01.000Z" });
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a, Y.encodeStateVector(server)));
    await settled();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(b, Y.encodeStateVector(server)));
    await settled();
    const history = readLeefgebieden(server).value.scores.sociaal_netwerk?.history ?? [];
    expect(history[0]).toEqual({ score: 2, setBy: "u-1", setAt: stamp.at, givenOn: "2025-01-15" });
    // Whichever of the two concurrent scores won, what it replaced is there once.
    expect(new Set(history.map((h) => h.setAt)).size).toBe(history.length);
  });

  it("writes no history where the server does not keep it (a client's document)", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "werk_opleiding", 2, stamp);
    setLeefgebiedScore(doc, "werk_opleiding", 3, { by: "u-1", at: "2025-05-01T09:00:00.000Z" });
    expect(readLeefgebieden(doc).value.scores.werk_opleiding?.history).toEqual([]);
  });

  it("skips an unreadable earlier score and reports it without its content", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "werk_opleiding", 3, stamp);
    const entry = doc.getMap<Y.Map<unknown>>(LEEFGEBIEDEN_DOC_KEYS.scores).get("werk_opleiding");
    entry?.set(LEEFGEBIED_FIELDS.history, [
      { score: 9, setAt: "2024-12-01T09:00:00.000Z", setBy: "Jan Geheim" },
      { score: 1, setAt: "2024-11-01T09:00:00.000Z" },
    ]);
    const { value, problems } = readLeefgebieden(doc);
    expect(value.scores.werk_opleiding?.history).toEqual([
      { score: 1, setBy: null, setAt: "2024-11-01T09:00:00.000Z", givenOn: "2024-11-01" },
    ]);
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems)).not.toContain("Jan Geheim");
  });

  it("marks a score older than thirty days as stale", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "financien", 3, stamp);
    expect(readLeefgebieden(doc, "2025-02-14").value.scores.financien?.stale).toBe(false);
    expect(readLeefgebieden(doc, "2025-02-15").value.scores.financien?.stale).toBe(true);
  });

  it("keeps a note and a score that two partners set at the same time", () => {
    const a = new Y.Doc();
    setLeefgebiedScore(a, "middelengebruik", 4, stamp);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setLeefgebiedScore(a, "middelengebruik", 1, { by: "u-a", at: stamp.at });
    setLeefgebiedNote(b, "middelengebruik", "Demo-notitie");
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    for (const doc of [a, b]) {
      expect(readLeefgebieden(doc).value.scores.middelengebruik).toMatchObject({
        score: 1,
        note: "Demo-notitie",
        setBy: "u-a",
      });
    }
  });

  it("clears a score but keeps the note", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "justitie", 1, stamp);
    setLeefgebiedNote(doc, "justitie", "Demo");
    setLeefgebiedScore(doc, "justitie", null, stamp);
    expect(readLeefgebieden(doc).value.scores.justitie).toMatchObject({
      score: null,
      note: "Demo",
    });
  });

  it("reports out-of-scale scores and unknown leefgebieden instead of using them", () => {
    const doc = new Y.Doc();
    const scores = doc.getMap(LEEFGEBIEDEN_DOC_KEYS.scores);
    scores.set("huisvesting", { score: 7, setBy: "u-1", setAt: stamp.at });
    scores.set("astrologie", { score: 1 });
    scores.set("financien", "drie");
    const { value, problems } = readLeefgebieden(doc);
    expect(value.scores.huisvesting?.score).toBeNull();
    expect(value.scores).not.toHaveProperty("astrologie");
    expect(value.scores).not.toHaveProperty("financien");
    expect(problems).toHaveLength(3);
  });
});

/** A document as an older version wrote it: notes as plain strings, one entry a plain object. */
function legacyDoc(): Y.Doc {
  const doc = new Y.Doc();
  const scores = doc.getMap<unknown>(LEEFGEBIEDEN_DOC_KEYS.scores);
  const huisvesting = new Y.Map<unknown>();
  scores.set("huisvesting", huisvesting);
  huisvesting.set(LEEFGEBIED_FIELDS.score, 2);
  huisvesting.set(LEEFGEBIED_FIELDS.note, "Huurachterstand van drie maanden.");
  huisvesting.set(LEEFGEBIED_FIELDS.setBy, stamp.by);
  huisvesting.set(LEEFGEBIED_FIELDS.setAt, stamp.at);
  scores.set("financien", { score: 3, note: "Schuldhulp loopt.", setBy: "u-2", setAt: stamp.at });
  return doc;
}

/** Sends each document what the other has and it lacks. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("leefgebied notes as shared text", () => {
  it("reads a note stored as a Y.Text and one stored as a legacy string alike", () => {
    const legacy = legacyDoc();
    const current = legacyDoc();
    prepareLeefgebiedNotes(current);
    expect(leefgebiedNoteText(legacy, "huisvesting")).toBeNull();
    expect(leefgebiedNoteText(current, "huisvesting")?.toJSON()).toBe(
      "Huurachterstand van drie maanden.",
    );
    for (const doc of [legacy, current]) {
      const { value, problems } = readLeefgebieden(doc);
      expect(problems).toEqual([]);
      expect(value.scores.huisvesting).toMatchObject({
        score: 2,
        note: "Huurachterstand van drie maanden.",
      });
      expect(value.scores.financien).toMatchObject({ score: 3, note: "Schuldhulp loopt." });
    }
  });

  it("prepares every leefgebied once: a Y.Text note each, legacy notes and fields kept", () => {
    const doc = legacyDoc();
    const before = readLeefgebieden(doc).value;
    let updates = 0;
    doc.on("update", () => updates++);
    expect(prepareLeefgebiedNotes(doc)).toBe(true);
    expect(updates).toBe(1);
    for (const leefgebied of LEEFGEBIEDEN) {
      expect(leefgebiedNoteText(doc, leefgebied)).toBeInstanceOf(Y.Text);
    }
    expect(readLeefgebieden(doc).value).toEqual(before);
    expect(prepareLeefgebiedNotes(doc)).toBe(false);
    expect(updates).toBe(1);
  });

  it("reads a prepared document nobody has written in as having no leefgebieden yet", () => {
    const doc = new Y.Doc();
    prepareLeefgebiedNotes(doc);
    expect(readLeefgebieden(doc)).toEqual({
      value: { instrumentVersion: null, scores: {} },
      problems: [],
    });
  });

  it("keeps both partners' text when two documents type into the same note at once", () => {
    const server = legacyDoc();
    prepareLeefgebiedNotes(server);
    const a = new Y.Doc();
    const b = new Y.Doc();
    sync(server, a);
    sync(server, b);
    const noteA = leefgebiedNoteText(a, "huisvesting");
    const noteB = leefgebiedNoteText(b, "huisvesting");
    noteA?.insert(noteA.length, " Woningcorporatie dreigt met ontruiming.");
    noteB?.insert(0, "Politie: melding overlast. ");
    sync(a, b);
    const expected =
      "Politie: melding overlast. Huurachterstand van drie maanden. Woningcorporatie dreigt met ontruiming.";
    expect(readLeefgebieden(a).value.scores.huisvesting?.note).toBe(expected);
    expect(readLeefgebieden(b).value.scores.huisvesting?.note).toBe(expected);
  });

  it("sets a note by writing only the difference, and turns a legacy string note into text", () => {
    const doc = legacyDoc();
    setLeefgebiedNote(doc, "huisvesting", "Huurachterstand van vier maanden.");
    const note = leefgebiedNoteText(doc, "huisvesting");
    expect(note?.toJSON()).toBe("Huurachterstand van vier maanden.");
    const deltas: unknown[] = [];
    note?.observe((event) => deltas.push(event.delta));
    setLeefgebiedNote(doc, "huisvesting", "Huurachterstand van vier maanden; betalingsregeling.");
    expect(deltas).toEqual([[{ retain: 32 }, { insert: "; betalingsregeling" }]]);
    setLeefgebiedNote(doc, "huisvesting", "");
    expect(readLeefgebieden(doc).value.scores.huisvesting?.note).toBeNull();
  });

  it("creates a new entry with its Y.Text note when a score is set on a document not prepared", () => {
    const doc = new Y.Doc();
    setLeefgebiedScore(doc, "justitie", 3, stamp);
    expect(leefgebiedNoteText(doc, "justitie")?.toJSON()).toBe("");
  });
});
