/**
 * What a template writes into a new document, told apart from what the table writes there: its
 * guidance (text blocks other than headings: the italic "what belongs here" lines, and prompts
 * such as "Financiën:" that the table fills in, on the same line or below) and its headings. An
 * export for someone outside the table (the inzageoverzicht) keeps what the partners wrote, under
 * the template's headings and prompts, and leaves out a block whose text is still exactly the
 * template's, unless it is a heading or prompt with something written under it. It compares with
 * the templates as they are now: a line of guidance changed since a document was seeded stays in.
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

/** A prompt: guidance the table answers after it ("Financiën:"), not an explanation to read. */
function isPrompt(guidance: string): boolean {
  return guidance.trimEnd().endsWith(":");
}

/**
 * The blocks of text the table wrote in a document seeded from `template` (`blocks` as
 * `readProseText` gives them, one per line), without `leaveOut`. The template's explanations are
 * left out; a template heading or prompt stays only when something written follows it before the
 * next heading or prompt (a heading ends a prompt's part, a prompt does not end a heading's).
 */
export function writtenBlocks(
  blocks: readonly string[],
  template: TemplateDocument,
  leaveOut: ReadonlySet<string> = new Set(),
): string[] {
  const { guidance, headings } = templateTexts(template);
  const kept = blocks
    .filter((block) => !leaveOut.has(block) && (!guidance.has(block) || isPrompt(block)))
    .map((block) => block.trim())
    .filter((block) => block !== "");
  const isHeading = (block: string) => headings.has(block);
  const isOpenPrompt = (block: string) => guidance.has(block) && isPrompt(block);
  const written = (block: string) => !isHeading(block) && !isOpenPrompt(block);
  return kept.filter((block, i) => {
    if (written(block)) return true;
    const rest = kept.slice(i + 1);
    const end = rest.findIndex((next) =>
      isHeading(block) ? isHeading(next) : isHeading(next) || isOpenPrompt(next),
    );
    return (end < 0 ? rest : rest.slice(0, end)).some(written);
  });
}
