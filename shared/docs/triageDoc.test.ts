import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readTriage, setBekendBij, setCriterion, setRtiG, TRIAGE_DOC_KEYS } from "./triageDoc.js";

const stamp = { by: "u-1", at: "2025-03-01T10:00:00.000Z" };

/** Exchanges all updates between two docs, as a sync over the wire would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("triage document", () => {
  it("reads an empty document as every question unanswered and no RTI-G", () => {
    const { value, problems } = readTriage(new Y.Doc());
    expect(problems).toEqual([]);
    expect(value.criteria.multiproblem).toEqual({ answer: "onbekend", setBy: null, setAt: null });
    expect(value.bekendBij).toEqual({});
    expect(value.rtiG.level).toBeNull();
  });

  it("reads back what the writers wrote, with who and when", () => {
    const doc = new Y.Doc();
    setCriterion(doc, "systeem", "ja", stamp);
    setBekendBij(doc, "org-politie", "nee", stamp);
    setRtiG(doc, "hoog", stamp);
    const { value, problems } = readTriage(doc);
    expect(problems).toEqual([]);
    expect(value.criteria.systeem).toEqual({ answer: "ja", setBy: "u-1", setAt: stamp.at });
    expect(value.bekendBij["org-politie"]?.answer).toBe("nee");
    expect(value.rtiG).toEqual({ level: "hoog", setBy: "u-1", setAt: stamp.at });
  });

  it("keeps every partner's answer when partners answer at the same time", () => {
    const politie = new Y.Doc();
    const ggz = new Y.Doc();
    setBekendBij(politie, "org-politie", "ja", { by: "u-politie", at: stamp.at });
    setCriterion(politie, "multiproblem", "ja", { by: "u-politie", at: stamp.at });
    setBekendBij(ggz, "org-ggz", "ja", { by: "u-ggz", at: stamp.at });
    setCriterion(ggz, "systeem", "nee", { by: "u-ggz", at: stamp.at });
    sync(politie, ggz);
    for (const doc of [politie, ggz]) {
      const { value } = readTriage(doc);
      expect(Object.keys(value.bekendBij).sort()).toEqual(["org-ggz", "org-politie"]);
      expect(value.criteria.multiproblem.answer).toBe("ja");
      expect(value.criteria.systeem.answer).toBe("nee");
    }
  });

  it("settles concurrent answers to one question on one complete entry in every replica", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setCriterion(a, "veiligheid", "ja", { by: "u-a", at: stamp.at });
    setCriterion(b, "veiligheid", "nee", { by: "u-b", at: stamp.at });
    sync(a, b);
    const fromA = readTriage(a).value.criteria.veiligheid;
    expect(readTriage(b).value.criteria.veiligheid).toEqual(fromA);
    expect([
      { answer: "ja", by: "u-a" },
      { answer: "nee", by: "u-b" },
    ]).toContainEqual({ answer: fromA.answer, by: fromA.setBy });
  });

  it("reports malformed answers and unknown questions without echoing their content", () => {
    const doc = new Y.Doc();
    doc.getMap(TRIAGE_DOC_KEYS.criteria).set("multiproblem", { answer: "misschien Jan Jansen" });
    doc.getMap(TRIAGE_DOC_KEYS.criteria).set("verzonnen", { answer: "ja" });
    doc.getMap(TRIAGE_DOC_KEYS.bekendBij).set("org-x", 42);
    doc.getMap(TRIAGE_DOC_KEYS.risico).set("rtiG", { level: "extreem" });
    const { value, problems } = readTriage(doc);
    expect(value.criteria.multiproblem.answer).toBe("onbekend");
    expect(value.bekendBij["org-x"]?.answer).toBe("onbekend");
    expect(value.rtiG.level).toBeNull();
    expect(problems.map((p) => p.path).sort()).toEqual([
      "bekendBij.org-x",
      "criteria.multiproblem",
      "criteria.verzonnen",
      "risico.rtiG",
    ]);
    expect(JSON.stringify(problems)).not.toContain("Jan Jansen");
  });

  it("reports a top-level key that holds another type instead of throwing", () => {
    const doc = new Y.Doc();
    doc.getArray(TRIAGE_DOC_KEYS.criteria).push(["ja"]);
    const { value, problems } = readTriage(doc);
    expect(value.criteria.multiproblem.answer).toBe("onbekend");
    expect(problems).toEqual([{ path: "criteria", message: expect.any(String) as string }]);
  });

  it("accepts a nested Y.Map in place of a plain answer object", () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    doc.getMap(TRIAGE_DOC_KEYS.criteria).set("systeem", entry);
    entry.set("answer", "ja");
    expect(readTriage(doc).value.criteria.systeem.answer).toBe("ja");
  });
});
