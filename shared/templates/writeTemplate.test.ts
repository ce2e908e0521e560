import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { PROSE_FIELD, readProseText } from "../docs/proseDoc.js";
import type { TemplateBlock, TemplateDocument, TemplateText } from "./templateSchema.js";
import { TemplateDocumentSchema } from "./templateSchema.js";
import { bulletList, buildTemplate, guidance, heading } from "./testFactories.js";
import { seedProseDocument, templateProseSchema, writeTemplate } from "./writeTemplate.js";

/** Writes a template into a fresh document and returns the body fragment. */
function written(template: TemplateDocument): Y.XmlFragment {
  const doc = new Y.Doc();
  seedProseDocument(doc, template);
  return doc.getXmlFragment(PROSE_FIELD);
}

/** What an editor bound to `fragment` shows, as ProseMirror JSON. */
function asEditorSeesIt(fragment: Y.XmlFragment): unknown {
  return yXmlFragmentToProseMirrorRootNode(fragment, templateProseSchema).toJSON();
}

const textArb: fc.Arbitrary<TemplateText> = fc.record(
  {
    type: fc.constant("text" as const),
    text: fc.string({ minLength: 1, maxLength: 12 }),
    marks: fc.subarray([{ type: "bold" as const }, { type: "italic" as const }]),
  },
  { requiredKeys: ["type", "text"] },
);

const paragraphArb = fc.record(
  {
    type: fc.constant("paragraph" as const),
    content: fc.array(textArb, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ["type"] },
);

const { block } = fc.letrec<{ block: TemplateBlock; list: TemplateBlock }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small" },
    paragraphArb,
    fc.record({
      type: fc.constant("heading" as const),
      attrs: fc.record({ level: fc.constantFrom(2 as const, 3 as const) }),
      content: fc.array(textArb, { minLength: 1, maxLength: 2 }),
    }),
    tie("list"),
  ),
  list: fc.record({
    type: fc.constantFrom("bulletList" as const, "orderedList" as const),
    content: fc.array(
      fc.record({
        type: fc.constant("listItem" as const),
        content: fc
          .tuple(paragraphArb, fc.array(fc.oneof(paragraphArb, tie("list")), { maxLength: 2 }))
          .map(([first, rest]) => [first, ...rest]),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  }) as fc.Arbitrary<TemplateBlock>,
}));

const templateArb: fc.Arbitrary<TemplateDocument> = fc
  .tuple(fc.array(block, { maxLength: 6 }), paragraphArb)
  .map(([blocks, last]) => ({ type: "doc", content: [...blocks, last] }));

describe("writing a template into a Yjs document", () => {
  it("stores nodes, attributes and marks the way the editor's collaboration binding does", () => {
    const fragment = written(
      buildTemplate([heading("Aanleiding"), guidance("Waarom?"), { type: "paragraph" }]),
    );
    const [title, hint, empty] = fragment.toArray() as Y.XmlElement[];
    expect(title?.nodeName).toBe("heading");
    expect(title?.getAttribute("level")).toBe(2);
    expect(hint?.nodeName).toBe("paragraph");
    expect((hint?.get(0) as Y.XmlText).toDelta()).toEqual([
      { insert: "Waarom?", attributes: { italic: {} } },
    ]);
    expect(empty?.length).toBe(0);
  });

  it("reads back as exactly the template an editor would show", () => {
    const template = buildTemplate();
    expect(asEditorSeesIt(written(template))).toEqual(template);
  });

  it("reads back as the same ProseMirror document for any valid template", () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        expect(TemplateDocumentSchema.safeParse(template).success).toBe(true);
        const back = yXmlFragmentToProseMirrorRootNode(written(template), templateProseSchema);
        expect(back.eq(templateProseSchema.nodeFromJSON(template))).toBe(true);
      }),
    );
  });

  it("makes the template's text readable to the server's prose reader", () => {
    const doc = new Y.Doc();
    seedProseDocument(
      doc,
      buildTemplate([
        heading("Hypothese"),
        bulletList("Risico's:"),
        guidance("Wat verklaart het?"),
      ]),
    );
    expect(readProseText(doc).value).toBe("Hypothese\nRisico's:\nWat verklaart het?");
  });

  it("seeds in one transaction, so clients receive the template as one update", () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on("update", () => updates++);
    seedProseDocument(doc, buildTemplate());
    expect(updates).toBe(1);
  });

  it("refuses to write into a fragment that already has content", () => {
    const doc = new Y.Doc();
    seedProseDocument(doc, buildTemplate());
    expect(() => writeTemplate(doc.getXmlFragment(PROSE_FIELD), buildTemplate())).toThrow(/empty/);
  });
});
