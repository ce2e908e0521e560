import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readProseText } from "../docs/proseDoc.js";
import { templateGuidance } from "./templateGuidance.js";
import type { TemplateDocument } from "./templateSchema.js";
import { seedProseDocument } from "./writeTemplate.js";

const template: TemplateDocument = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Aanleiding" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Waarom is de casus ", marks: [{ type: "italic" }] },
        { type: "text", text: "aangemeld?", marks: [{ type: "italic" }, { type: "bold" }] },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Financiën:" }] }],
        },
      ],
    },
    { type: "paragraph" },
  ],
};

describe("a template's guidance", () => {
  it("is every non-heading text block, as the document's reader gives it", () => {
    const guidance = templateGuidance(template);
    expect([...guidance]).toEqual(["Waarom is de casus aangemeld?", "Financiën:"]);
    const doc = new Y.Doc();
    seedProseDocument(doc, template);
    const lines = readProseText(doc).value.split("\n");
    expect(lines.filter((line) => !guidance.has(line))).toEqual(["Aanleiding"]);
  });
});
