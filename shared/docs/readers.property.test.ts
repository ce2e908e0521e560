/**
 * The readers face whatever users and buggy clients put into a document. These properties build
 * random Y.Docs — random maps, arrays, texts and XML under the real key names and random ones,
 * with values that are sometimes almost right — and check that no reader ever throws.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as Y from "yjs";
import { ACTION_ITEM_ATTR_NAMES, ACTION_ITEM_NODE } from "./actionItemNode.js";
import {
  LEEFGEBIEDEN_DOC_KEYS,
  prepareLeefgebiedNotes,
  readLeefgebieden,
} from "./leefgebiedenDoc.js";
import { MEETING_DOC_KEYS, readMeeting } from "./meetingDoc.js";
import { readActionItems } from "./planDoc.js";
import { PROSE_FIELD, readProseText } from "./proseDoc.js";
import { readTriage, TRIAGE_DOC_KEYS } from "./triageDoc.js";

type Spec =
  | { t: "prim"; v: unknown }
  | { t: "map"; entries: Array<[string, Spec]> }
  | { t: "array"; items: Spec[] }
  | { t: "text"; s: string }
  | { t: "xml"; name: string; attrs: Array<[string, unknown]>; children: Spec[] }
  | { t: "xmltext"; s: string };

const nearMiss = fc.constantFrom<unknown>(
  "ja",
  "nee",
  "onbekend",
  "hoog",
  "zeer_hoog",
  "open",
  "afgerond",
  "vervallen",
  "zorg",
  "straf",
  "huisvesting",
  "2025-03-01",
  "2025-02-30",
  "2025-03-01T10:00:00.000Z",
  "",
  0,
  1,
  5,
  7,
  -1,
);
const prim: fc.Arbitrary<unknown> = fc.oneof(
  nearMiss,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  fc.uint8Array({ maxLength: 4 }),
);
const fieldKey = fc.oneof(
  fc.constantFrom(
    "answer",
    "level",
    "setBy",
    "setAt",
    "score",
    "note",
    "status",
    "text",
    "id",
    "agendaItemId",
    "recordedBy",
    "recordedAt",
    "multiproblem",
    "veiligheid",
    "rtiG",
    "huisvesting",
    "justitie",
    "currentAgendaItemId",
    "followChair",
    "timerStartedAt",
    "slot/u1",
  ),
  fc.string({ maxLength: 8 }),
);

const { spec } = fc.letrec<{ spec: Spec; xmlChild: Spec }>((tie) => ({
  spec: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ t: fc.constant("prim" as const), v: prim }),
    fc.record({
      t: fc.constant("map" as const),
      entries: fc.array(fc.tuple(fieldKey, tie("spec")), { maxLength: 4 }),
    }),
    fc.record({ t: fc.constant("array" as const), items: fc.array(tie("spec"), { maxLength: 4 }) }),
    fc.record({ t: fc.constant("text" as const), s: fc.string() }),
    tie("xmlChild"),
  ),
  xmlChild: fc.oneof(
    { depthSize: "small" },
    fc.record({ t: fc.constant("xmltext" as const), s: fc.string() }),
    fc.record({
      t: fc.constant("xml" as const),
      name: fc.constantFrom(ACTION_ITEM_NODE, "paragraph", "bulletList", "listItem", "hardBreak"),
      attrs: fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...ACTION_ITEM_ATTR_NAMES), fc.string({ maxLength: 6 })),
          prim,
        ),
        {
          maxLength: 6,
        },
      ),
      children: fc.array(tie("xmlChild"), { maxLength: 3 }),
    }),
  ),
}));

/** Creates the shared type (or value) a spec describes; types are filled after integration. */
function create(s: Spec): { value: unknown; fill: () => void } {
  switch (s.t) {
    case "prim":
      return { value: s.v, fill: () => undefined };
    case "text": {
      const text = new Y.Text();
      return { value: text, fill: () => text.insert(0, s.s) };
    }
    case "xmltext": {
      const text = new Y.XmlText();
      return { value: text, fill: () => text.insert(0, s.s) };
    }
    case "map": {
      const map = new Y.Map<unknown>();
      return { value: map, fill: () => fillMap(map, s.entries) };
    }
    case "array": {
      const array = new Y.Array<unknown>();
      return { value: array, fill: () => fillArray(array, s.items) };
    }
    case "xml": {
      const element = new Y.XmlElement(s.name);
      return {
        value: element,
        fill: () => {
          for (const [name, value] of s.attrs) element.setAttribute(name, value as string);
          fillXml(element, s.children);
        },
      };
    }
  }
}

function fillMap(map: Y.Map<unknown>, entries: Array<[string, Spec]>): void {
  for (const [key, child] of entries) {
    const { value, fill } = create(child);
    map.set(key, value);
    fill();
  }
}

function fillArray(array: Y.Array<unknown>, items: Spec[]): void {
  for (const child of items) {
    const { value, fill } = create(child);
    array.push([value]);
    fill();
  }
}

function fillXml(parent: Y.XmlFragment, children: Spec[]): void {
  for (const child of children) {
    const { value, fill } = create(child);
    if (value instanceof Y.XmlElement || value instanceof Y.XmlText) {
      parent.push([value]);
      fill();
    }
  }
}

const topKeys = [
  ...Object.values(TRIAGE_DOC_KEYS),
  ...Object.values(LEEFGEBIEDEN_DOC_KEYS),
  ...Object.values(MEETING_DOC_KEYS),
  PROSE_FIELD,
];

/** A whole random document: under each chosen top-level key a random kind of shared type. */
const randomDoc = fc
  .array(
    fc.record({
      key: fc.oneof(fc.constantFrom(...topKeys), fc.string({ maxLength: 6 })),
      kind: fc.constantFrom("map", "array", "xml", "text"),
      entries: fc.array(fc.tuple(fieldKey, spec), { maxLength: 5 }),
      xml: fc.array(spec, { maxLength: 5 }),
    }),
    { maxLength: 6 },
  )
  .map((tops) => {
    const doc = new Y.Doc();
    const used = new Set<string>();
    for (const top of tops) {
      if (used.has(top.key)) continue;
      used.add(top.key);
      if (top.kind === "map") fillMap(doc.getMap(top.key), top.entries);
      else if (top.kind === "array")
        fillArray(
          doc.getArray(top.key),
          top.entries.map(([, s]) => s),
        );
      else if (top.kind === "xml") fillXml(doc.getXmlFragment(top.key), top.xml);
      else doc.getText(top.key).insert(0, top.entries.map(([k]) => k).join(" "));
    }
    return doc;
  });

/** Runs every reader on the document; returns the problems found. */
function readAll(doc: Y.Doc): number {
  return [
    readTriage(doc),
    readLeefgebieden(doc, "2025-03-01"),
    readMeeting(doc),
    readActionItems(doc),
    readProseText(doc),
  ].reduce((n, r) => n + r.problems.length, 0);
}

describe("document readers on arbitrary Yjs content", () => {
  it("never throw on the document as its writer built it", () => {
    fc.assert(
      fc.property(randomDoc, (doc) => {
        expect(() => readAll(doc)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("never throw on the same content received over the wire", () => {
    fc.assert(
      fc.property(randomDoc, (source) => {
        const received = new Y.Doc();
        Y.applyUpdate(received, Y.encodeStateAsUpdate(source));
        expect(() => readAll(received)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("read the same leefgebieden after the server has prepared their notes as shared text", () => {
    fc.assert(
      fc.property(randomDoc, (source) => {
        const received = new Y.Doc();
        Y.applyUpdate(received, Y.encodeStateAsUpdate(source));
        const before = readLeefgebieden(received, "2025-03-01").value;
        prepareLeefgebiedNotes(received);
        expect(readLeefgebieden(received, "2025-03-01").value).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("always return an entry for every action item element, complete or not", () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 6 }), (children) => {
        const doc = new Y.Doc();
        const fragment = doc.getXmlFragment(PROSE_FIELD);
        fillXml(fragment, children);
        let elements = 0;
        for (const node of fragment.createTreeWalker(() => true)) {
          if (node instanceof Y.XmlElement && node.nodeName === ACTION_ITEM_NODE) elements++;
        }
        // Action items inside action items are not walked into (their content is inline text).
        const { value } = readActionItems(doc);
        expect(value.length).toBeLessThanOrEqual(elements);
        expect(value.every((a) => a.onvolledig === a.problems.length > 0)).toBe(true);
        expect(value.every((a) => (a.item === null) === a.onvolledig)).toBe(true);
      }),
    );
  });
});
