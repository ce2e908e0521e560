/**
 * The prose documents `analyse` (casusanalyse) and `plan` (plan van aanpak) are Tiptap /
 * ProseMirror documents synced by @tiptap/extension-collaboration. Each holds one Y.XmlFragment
 * under PROSE_FIELD; the client passes it as the extension's `field` option:
 *
 *   Collaboration.configure({ document: ydoc, field: PROSE_FIELD })
 *
 *   body : Y.XmlFragment — ProseMirror nodes as Y.XmlElement(nodeName) with string attributes,
 *          text as Y.XmlText. The plan's action items are Y.XmlElement("actionItem"), see
 *          actionItemNode.ts.
 */
import * as Y from "yjs";
import { topLevelFragment, type ReadProblem, type ReadResult } from "./readSupport.js";

/** The Y.XmlFragment key of every prose document (analyse and plan). */
export const PROSE_FIELD = "body";

/** The plain text of a prose document, block by block, for search and exports; never throws. */
export function readProseText(doc: Y.Doc): ReadResult<string> {
  const problems: ReadProblem[] = [];
  const fragment = topLevelFragment(doc, PROSE_FIELD, problems);
  const blocks: string[] = [];
  if (fragment !== null) collectBlocks(fragment, blocks);
  return { value: blocks.filter((b) => b !== "").join("\n"), problems };
}

/** Appends the text of each element that holds text directly (paragraphs, headings, actions). */
function collectBlocks(parent: Y.XmlFragment, blocks: string[]): void {
  for (const child of parent.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.toArray().some((c) => c instanceof Y.XmlText)) blocks.push(inlineText(child));
    else collectBlocks(child, blocks);
  }
}

/** The inline text of one element: text runs concatenated, inline nodes (breaks) as a space. */
export function inlineText(element: Y.XmlElement): string {
  let text = "";
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as Array<{ insert?: unknown }>) {
        if (typeof op.insert === "string") text += op.insert;
      }
    } else if (child instanceof Y.XmlElement) {
      text += " ";
    }
  }
  return text;
}

/** Node names of the blocks the section writers look for. */
const HEADING_NODE = "heading";
const PARAGRAPH_NODE = "paragraph";

/** Index of the top-level heading whose text is `heading`; -1 when there is none. */
function headingIndex(blocks: readonly ProseBlock[], heading: string): number {
  return blocks.findIndex(
    (block) =>
      block instanceof Y.XmlElement &&
      block.nodeName === HEADING_NODE &&
      inlineText(block) === heading,
  );
}

/** One top-level block of a prose document as Yjs returns it. */
type ProseBlock = ReturnType<Y.XmlFragment["toArray"]>[number];

/**
 * Index of the top-level block that ends the section under `heading` (the next heading, or the
 * end of the document), where blocks are added to that section; -1 when there is no such heading.
 */
export function sectionEnd(doc: Y.Doc, heading: string): number {
  const blocks = doc.getXmlFragment(PROSE_FIELD).toArray();
  const start = headingIndex(blocks, heading);
  if (start === -1) return -1;
  const next = blocks.findIndex(
    (block, i) => i > start && block instanceof Y.XmlElement && block.nodeName === HEADING_NODE,
  );
  return next === -1 ? blocks.length : next;
}

/**
 * Writes `text` into the first empty paragraph of the section under `heading` (where a template
 * leaves room to write); false when the section has no heading or no empty paragraph.
 */
export function fillSection(doc: Y.Doc, heading: string, text: string): boolean {
  const blocks = doc.getXmlFragment(PROSE_FIELD).toArray();
  const start = headingIndex(blocks, heading);
  const end = sectionEnd(doc, heading);
  const empty = blocks
    .slice(start + 1, end)
    .find(
      (block): block is Y.XmlElement =>
        block instanceof Y.XmlElement && block.nodeName === PARAGRAPH_NODE && block.length === 0,
    );
  if (start === -1 || !empty) return false;
  empty.insert(0, [new Y.XmlText(text)]);
  return true;
}
