/**
 * What a template writes into a new document, told apart from what the table writes there: its
 * guidance (text blocks other than headings: the italic "what belongs here" lines, and prompts
 * such as "Financiën:" that the table fills in) and its headings. An export for someone outside the
 * table (the inzageoverzicht) keeps what the partners wrote, under the template's headings, and
 * leaves out a block whose text is still exactly the template's and a heading with nothing under it.
 */
import type { TemplateBlock, TemplateDocument, TemplateText } from "./templateSchema.js";

type TemplateNode = TemplateBlock | { type: "listItem"; content: TemplateBlock[] };

/** A template's texts, as `readProseText` gives each block's text. */
export interface TemplateTexts {
  guidance: Set<string>;
  headings: Set<string>;
}

function textOf(content: readonly TemplateText[] | undefined): string {
  return (content ?? []).map((run) => run.text).join("");
}

function collect(node: TemplateNode, into: TemplateTexts): void {
  const text = node.type === "heading" || node.type === "paragraph" ? textOf(node.content) : "";
  switch (node.type) {
    case "heading":
      into.headings.add(text);
      return;
    case "paragraph":
      if (text !== "") into.guidance.add(text);
      return;
    default:
      for (const child of node.content) collect(child, into);
  }
}

/** The template's guidance and headings. */
export function templateTexts(template: TemplateDocument): TemplateTexts {
  const found: TemplateTexts = { guidance: new Set(), headings: new Set() };
  for (const block of template.content) collect(block, found);
  return found;
}

/**
 * The blocks of text the table wrote in a document seeded from `template` (`blocks` as
 * `readProseText` gives them, one per line), without `leaveOut`: the template's guidance is left
 * out, and so is a template heading under which nothing is left before the next one.
 */
export function writtenBlocks(
  blocks: readonly string[],
  template: TemplateDocument,
  leaveOut: ReadonlySet<string> = new Set(),
): string[] {
  const { guidance, headings } = templateTexts(template);
  const kept = blocks
    .filter((block) => !guidance.has(block) && !leaveOut.has(block))
    .map((block) => block.trim())
    .filter((block) => block !== "");
  return kept.filter((block, i) => {
    if (!headings.has(block)) return true;
    const next = kept[i + 1];
    return next !== undefined && !headings.has(next);
  });
}
