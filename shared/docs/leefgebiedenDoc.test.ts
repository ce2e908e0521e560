import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LEEFGEBIEDEN, LEEFGEBIEDEN_INSTRUMENT_VERSION } from "../domain/leefgebied.js";
import {
  LEEFGEBIED_FIELDS,
  LEEFGEBIEDEN_DOC_KEYS,
  leefgebiedNoteText,
  prepareLeefgebiedNotes,
  readLeefgebieden,
  setLeefgebiedNote,
  setLeefgebiedScore,
} from "./leefgebiedenDoc.js";

const stamp = { by: "u-1", at: "2025-01-15T09:00:00.000Z" };

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
      stale: false,
    });
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
