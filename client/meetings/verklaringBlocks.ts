/**
 * The geheimhoudingsverklaring's text (templates/geheimhoudingsverklaring.md) as blocks to show:
 * the little Markdown it uses, read line by line. A heading ("# …"), paragraphs separated by blank
 * lines (hard-wrapped lines joined), and a numbered list whose items continue on indented lines.
 * The "Versie n" line is left out: the panel shows the version above the text already.
 */

/** One block of the verklaring. */
export type VerklaringBlock =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] };

const NUMBERED = /^\d+[.)]\s+/;
const HEADING = /^#+\s+/;

/** The blocks of `text`; `version` names the line to leave out. */
export function verklaringBlocks(text: string, version: string): VerklaringBlock[] {
  const blocks: VerklaringBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    const first = lines[0]?.trim();
    if (first === undefined) continue;
    if (HEADING.test(first) && lines.length === 1) {
      blocks.push({ kind: "heading", text: first.replace(HEADING, "") });
    } else if (NUMBERED.test(first)) {
      const items: string[] = [];
      for (const line of lines) {
        const trimmed = line.trim();
        if (NUMBERED.test(trimmed) || items.length === 0) items.push(trimmed.replace(NUMBERED, ""));
        else items[items.length - 1] += ` ${trimmed}`;
      }
      blocks.push({ kind: "list", items });
    } else {
      const paragraph = lines.map((line) => line.trim()).join(" ");
      if (paragraph !== `Versie ${version}`) blocks.push({ kind: "paragraph", text: paragraph });
    }
  }
  return blocks;
}
