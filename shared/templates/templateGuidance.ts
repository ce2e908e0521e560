/**
 * The guidance a template writes into a new document: its text blocks other than headings (the
 * italic "what belongs here" lines, and prompts such as "Financiën:" that the table fills in).
 * An export for someone outside the table (the inzageoverzicht) leaves out a block whose text is
 * still exactly the template's, so it holds what the partners wrote, under the template's headings.
 */
import type { TemplateBlock, TemplateDocument, TemplateText } from "./templateSchema.js";

type TemplateNode = TemplateBlock | { type: "listItem"; content: TemplateBlock[] };

function textOf(content: readonly TemplateText[] | undefined): string {
  return (content ?? []).map((run) => run.text).join("");
}

function collect(node: TemplateNode, into: Set<string>): void {
  switch (node.type) {
    case "heading":
      return;
    case "paragraph": {
      const text = textOf(node.content);
      if (text !== "") into.add(text);
      return;
    }
    default:
      for (const child of node.content) collect(child, into);
  }
}

/** The texts of the template's non-heading blocks, as `readProseText` gives a block's text. */
export function templateGuidance(template: TemplateDocument): Set<string> {
  const found = new Set<string>();
  for (const block of template.content) collect(block, found);
  return found;
}
