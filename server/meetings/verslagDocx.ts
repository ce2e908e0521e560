/**
 * Renders a verslag to DOCX with the `docx` library: real Word headings, a numbered list for the
 * besluiten and Word tables, so the document stays editable and navigable in a word processor.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { VerslagBlock } from "../../shared/api/meetings.js";

const NUMBERING = "besluiten";
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "8A96A3" };

function table(block: Extract<VerslagBlock, { type: "table" }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: block.rows.map((row, r) => {
      const header = block.header && r === 0;
      return new TableRow({
        tableHeader: header,
        children: row.map(
          (cell, c) =>
            new TableCell({
              width: { size: Math.round((block.widths[c] ?? 0) * 100), type: WidthType.PERCENTAGE },
              shading: header
                ? { type: ShadingType.CLEAR, fill: "E8EDF2", color: "auto" }
                : undefined,
              children: [
                new Paragraph({
                  children: [
                    new TextRun({ text: cell, bold: header || (!block.header && c === 0) }),
                  ],
                }),
              ],
            }),
        ),
      });
    }),
  });
}

function toDocx(block: VerslagBlock, listIndex: number): (Paragraph | Table)[] {
  switch (block.type) {
    case "title":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case "note":
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: true, size: 18 })] }),
      ];
    case "heading":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
    case "paragraph":
      return [new Paragraph({ text: block.text })];
    case "list":
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({
              text: item,
              numbering: { reference: NUMBERING, level: 0, instance: listIndex },
            })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case "table":
      return [table(block), new Paragraph({ text: "" })];
  }
}

/** Renders the blocks to a DOCX file's bytes. */
export async function renderVerslagDocx(blocks: VerslagBlock[], title: string): Promise<Buffer> {
  const children = blocks.flatMap((block, i) => toDocx(block, i));
  const doc = new Document({
    title,
    creator: "Casustafel",
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: "%1.",
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 440, hanging: 300 } } },
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
