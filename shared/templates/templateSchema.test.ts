import { describe, expect, it } from "vitest";
import { TemplateDocumentSchema } from "./templateSchema.js";
import { buildTemplate, guidance, heading } from "./testFactories.js";

/** The template with its first block replaced by `block` (unchecked: tests feed bad input). */
function withFirstBlock(block: unknown): unknown {
  const template = buildTemplate();
  return { ...template, content: [block, ...template.content.slice(1)] };
}

describe("template format", () => {
  it("accepts headings, italic guidance, bullet and ordered lists and empty paragraphs", () => {
    const template = buildTemplate([
      heading("Doelen"),
      guidance("Wat willen we bereiken?"),
      {
        type: "orderedList",
        attrs: { start: 3 },
        content: [
          {
            type: "listItem",
            content: [
              {
                type: "paragraph",
                content: [{ type: "text", text: "Doel", marks: [{ type: "bold" }] }],
              },
              {
                type: "bulletList",
                content: [{ type: "listItem", content: [{ type: "paragraph" }] }],
              },
            ],
          },
        ],
      },
      { type: "paragraph" },
    ]);
    expect(TemplateDocumentSchema.safeParse(template).success).toBe(true);
  });

  it.each([
    ["an unknown node type", { type: "image", attrs: { src: "https://example.test/x.png" } }],
    ["an action item", { type: "actionItem", content: [{ type: "text", text: "Huisbezoek" }] }],
    ["a StarterKit node outside the template set", { type: "codeBlock", content: [] }],
    [
      "a heading of level 1",
      { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Titel" }] },
    ],
    ["a heading without text", { type: "heading", attrs: { level: 2 } }],
    ["a paragraph with attributes", { type: "paragraph", attrs: { textAlign: "center" } }],
    ["an empty text node", { type: "paragraph", content: [{ type: "text", text: "" }] }],
    [
      "a link mark",
      { type: "paragraph", content: [{ type: "text", text: "zie", marks: [{ type: "link" }] }] },
    ],
    [
      "a repeated mark",
      {
        type: "paragraph",
        content: [{ type: "text", text: "x", marks: [{ type: "bold" }, { type: "bold" }] }],
      },
    ],
    [
      "a list item that starts with a list",
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "bulletList", content: [] }] }],
      },
    ],
    ["an empty list", { type: "bulletList", content: [] }],
  ])("rejects %s", (_what, block) => {
    expect(TemplateDocumentSchema.safeParse(withFirstBlock(block)).success).toBe(false);
  });

  it("rejects a template that does not end with a paragraph", () => {
    const result = TemplateDocumentSchema.safeParse(buildTemplate([heading("Aanleiding")]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/ends with a paragraph/);
  });

  it("rejects an empty template and anything that is not a document", () => {
    expect(TemplateDocumentSchema.safeParse({ type: "doc", content: [] }).success).toBe(false);
    expect(TemplateDocumentSchema.safeParse({ type: "paragraph" }).success).toBe(false);
    expect(TemplateDocumentSchema.safeParse({ ...buildTemplate(), version: 2 }).success).toBe(
      false,
    );
  });
});
