import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LEEFGEBIEDEN_INSTRUMENT_VERSION } from "../domain/leefgebied.js";
import {
  LEEFGEBIEDEN_DOC_KEYS,
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
