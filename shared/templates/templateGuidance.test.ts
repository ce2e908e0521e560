import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readProseText } from "../docs/proseDoc.js";
import { templateTexts, writtenBlocks } from "./templateGuidance.js";
import type { TemplateDocument } from "./templateSchema.js";
import { seedProseDocument } from "./writeTemplate.js";

const heading = (text: string) => ({
  type: "heading" as const,
  attrs: { level: 2 as const },
  content: [{ type: "text" as const, text }],
});

const template: TemplateDocument = {
  type: "doc",
  content: [
    heading("Aanleiding"),
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
    heading("Hypothese"),
    { type: "paragraph" },
  ],
};

/** The blocks of a document seeded from the template, as the reader gives them. */
function seededBlocks(): string[] {
  const doc = new Y.Doc();
  seedProseDocument(doc, template);
  return readProseText(doc).value.split("\n");
}

describe("a template's texts", () => {
  it("are its headings and its other text blocks, as the document's reader gives them", () => {
    const { guidance, headings } = templateTexts(template);
    expect([...guidance]).toEqual(["Waarom is de casus aangemeld?", "Financiën:"]);
    expect([...headings]).toEqual(["Aanleiding", "Hypothese"]);
    expect(seededBlocks()).toEqual([
      "Aanleiding",
      "Waarom is de casus aangemeld?",
      "Financiën:",
      "Hypothese",
    ]);
  });

  it("leave nothing of a document the table did not write in", () => {
    expect(writtenBlocks(seededBlocks(), template)).toEqual([]);
  });

  it("leave what the table wrote, under the headings it wrote under", () => {
    const blocks = seededBlocks();
    blocks.splice(2, 1, "Financiën: schulden bij drie schuldeisers");
    blocks.push("Geen dagritme.", "Weggelaten");
    expect(writtenBlocks(blocks, template, new Set(["Weggelaten"]))).toEqual([
      "Aanleiding",
      "Financiën: schulden bij drie schuldeisers",
      "Hypothese",
      "Geen dagritme.",
    ]);
  });

  it("keep a prompt whose answer was written on the line below it", () => {
    const blocks = seededBlocks();
    blocks.splice(3, 0, "Schulden bij drie schuldeisers.");
    expect(writtenBlocks(blocks, template)).toEqual([
      "Aanleiding",
      "Financiën:",
      "Schulden bij drie schuldeisers.",
    ]);
  });
});
