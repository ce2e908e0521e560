/** Small factories for template tests (fictional content only). */
import type { TemplateBlock, TemplateDocument } from "./templateSchema.js";

/** A level-2 section heading. */
export function heading(text: string): TemplateBlock {
  return { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text }] };
}

/** A paragraph of guidance in italics. */
export function guidance(text: string): TemplateBlock {
  return { type: "paragraph", content: [{ type: "text", text, marks: [{ type: "italic" }] }] };
}

/** A bullet list with one plain paragraph per label. */
export function bulletList(...labels: string[]): TemplateBlock {
  return {
    type: "bulletList",
    content: labels.map((text) => ({
      type: "listItem",
      content: [{ type: "paragraph", content: [{ type: "text", text }] }],
    })),
  };
}

/** A small valid template: a heading, guidance, a list and an empty line to write on. */
export function buildTemplate(blocks?: TemplateBlock[]): TemplateDocument {
  return {
    type: "doc",
    content: blocks ?? [
      heading("Aanleiding"),
      guidance("Waarom is de casus aangemeld?"),
      bulletList("Financiën:", "Huisvesting:"),
      { type: "paragraph" },
    ],
  };
}
