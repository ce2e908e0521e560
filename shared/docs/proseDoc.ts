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
