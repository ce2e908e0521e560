import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CASE_KINDS, type CaseKind } from "../../shared/domain/case.js";
import { inlineText, PROSE_FIELD } from "../../shared/docs/proseDoc.js";
import type { TemplateDocument } from "../../shared/templates/templateSchema.js";
import type { TemplateSet } from "../../shared/templates/templateSet.js";
import { buildTemplate, guidance, heading } from "../../shared/templates/testFactories.js";
import type { CollabExtension } from "../collab/types.js";
import { templateSeeder } from "./templateSeeder.js";

/** A template set whose every template is a heading naming its document and kind. */
function buildTemplateSet(): TemplateSet {
  const forEachKind = (docKind: string) =>
    Object.fromEntries(
      CASE_KINDS.map((kind) => [
        kind,
        buildTemplate([heading(`${docKind} ${kind}`), guidance("Vul in.")]),
      ]),
    ) as Record<CaseKind, TemplateDocument>;
  return { analyse: forEachKind("analyse"), plan: forEachKind("plan") };
}

const KINDS: Record<string, CaseKind> = { c1: "nazorg", c2: "jeugdgroep" };

/** Runs the seeder's onLoad for `docName` on `doc` and returns the doc's headings. */
async function load(
  docName: string,
  doc = new Y.Doc(),
  seeder = templateSeeder(buildTemplateSet(), (id) => KINDS[id]),
): Promise<string[]> {
  await (seeder as Required<CollabExtension>).onLoad({ docName, doc, isClientOrigin: () => false });
  return doc
    .getXmlFragment(PROSE_FIELD)
    .toArray()
    .flatMap((node) =>
      node instanceof Y.XmlElement && node.nodeName === "heading" ? [inlineText(node)] : [],
    );
}

describe("seeding new documents from templates", () => {
  it("seeds a new casusanalyse and plan from the template of the case's kind", async () => {
    expect(await load("case/c1/analyse")).toEqual(["analyse nazorg"]);
    expect(await load("case/c1/plan")).toEqual(["plan nazorg"]);
    expect(await load("case/c2/plan")).toEqual(["plan jeugdgroep"]);
  });

  it("leaves a document alone once anything was ever stored in it, even when it is empty now", async () => {
    const doc = new Y.Doc();
    await load("case/c1/plan", doc);
    const body = doc.getXmlFragment(PROSE_FIELD);
    body.delete(0, body.length);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
    expect(await load("case/c1/plan", reloaded)).toEqual([]);
  });

  it("leaves a document alone whose stored updates still wait for missing ones", async () => {
    const source = new Y.Doc();
    source.getXmlFragment(PROSE_FIELD).insert(0, [new Y.XmlElement("paragraph")]);
    const first = Y.encodeStateAsUpdate(source);
    source.getXmlFragment(PROSE_FIELD).insert(1, [new Y.XmlElement("paragraph")]);
    const second = Y.encodeStateAsUpdate(source, Y.encodeStateVectorFromUpdate(first));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, second);
    expect(await load("case/c1/plan", doc)).toEqual([]);
  });

  it("does not seed other documents or documents of unknown cases", async () => {
    for (const name of [
      "case/c1/triage",
      "case/c1/leefgebieden",
      "meeting/m1",
      "case/c9/plan",
      "not a name",
    ]) {
      const doc = new Y.Doc();
      await load(name, doc);
      expect(doc.store.clients.size, name).toBe(0);
    }
  });

  it("accepts a case kind lookup that answers asynchronously", async () => {
    const seeder = templateSeeder(buildTemplateSet(), (id) => Promise.resolve(KINDS[id]));
    expect(await load("case/c2/analyse", new Y.Doc(), seeder)).toEqual(["analyse jeugdgroep"]);
  });
});
