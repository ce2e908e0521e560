/**
 * Renders a verslag to PDF in-process with pdfkit (no browser, no HTML, nothing fetched): headings,
 * numbered lists and ruled tables with page breaks between rows.
 *
 * The text is set in DejaVu Sans, embedded (pdfkit keeps only the glyphs used). The PDF standard
 * fonts know Latin-1 only, and the people at a ZVH table are named Şahin, Yıldız, Łukasz or Ольга.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { VerslagBlock } from "../../shared/api/meetings.js";

const MARGIN = 56;
const CELL_PAD = 4;
const FONT = "DejaVuSans";
const BOLD = "DejaVuSans-Bold";

const fontFile = createRequire(import.meta.url).resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
/** The font files, read once when the first PDF is rendered (this module loads on first use). */
const FONT_BYTES: Record<typeof FONT | typeof BOLD, Buffer> = {
  [FONT]: readFileSync(fontFile),
  [BOLD]: readFileSync(fontFile.replace(/DejaVuSans\.ttf$/, "DejaVuSans-Bold.ttf")),
};

type Pdf = PDFKit.PDFDocument;

function contentWidth(pdf: Pdf): number {
  return pdf.page.width - 2 * MARGIN;
}

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN) pdf.addPage();
}

function drawTable(pdf: Pdf, block: Extract<VerslagBlock, { type: "table" }>): void {
  const width = contentWidth(pdf);
  const widths = block.widths.map((w) => w * width);
  pdf.fontSize(9.5);
  block.rows.forEach((row, r) => {
    const bold = block.header ? r === 0 : false;
    const firstColumnBold = !block.header;
    const fontOf = (c: number) => (bold || (firstColumnBold && c === 0) ? BOLD : FONT);
    const height =
      Math.max(
        ...row.map((cell, c) =>
          pdf.font(fontOf(c)).heightOfString(cell, { width: (widths[c] ?? 0) - 2 * CELL_PAD }),
        ),
      ) +
      2 * CELL_PAD;
    ensureRoom(pdf, height);
    const top = pdf.y;
    let x = MARGIN;
    if (bold) pdf.rect(MARGIN, top, width, height).fill("#e8edf2").fillColor("black");
    row.forEach((cell, c) => {
      const w = widths[c] ?? 0;
      pdf
        .font(fontOf(c))
        .fillColor("black")
        .text(cell, x + CELL_PAD, top + CELL_PAD, { width: w - 2 * CELL_PAD });
      pdf.rect(x, top, w, height).lineWidth(0.5).stroke("#8a96a3");
      x += w;
    });
    pdf.x = MARGIN;
    pdf.y = top + height;
  });
  pdf.moveDown(0.8);
}

function drawBlock(pdf: Pdf, block: VerslagBlock): void {
  const width = contentWidth(pdf);
  switch (block.type) {
    case "title":
      pdf.font(BOLD).fontSize(17).text(block.text, { width });
      pdf.moveDown(0.3);
      return;
    case "note":
      pdf.font(FONT).fontSize(9).fillColor("#444444").text(block.text, { width });
      pdf.fillColor("black");
      return;
    case "heading":
      ensureRoom(pdf, 60);
      pdf.moveDown(0.6).font(BOLD).fontSize(13).text(block.text, { width });
      pdf.moveDown(0.3);
      return;
    case "paragraph":
      pdf.font(FONT).fontSize(10.5).text(block.text, { width });
      pdf.moveDown(0.5);
      return;
    case "list":
      pdf.font(FONT).fontSize(10.5);
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : "•";
        ensureRoom(pdf, 14);
        const top = pdf.y;
        pdf.text(marker, MARGIN, top, { width: 20 });
        pdf.text(item, MARGIN + 22, top, { width: width - 22 });
        pdf.x = MARGIN;
      });
      pdf.moveDown(0.5);
      return;
    case "table":
      drawTable(pdf, block);
      return;
  }
}

/** Renders the blocks to a PDF file's bytes. */
export function renderVerslagPdf(blocks: VerslagBlock[], title: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: title, Creator: "Casustafel" },
  });
  for (const [name, bytes] of Object.entries(FONT_BYTES)) pdf.registerFont(name, bytes);
  pdf.font(FONT);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });
  for (const block of blocks) drawBlock(pdf, block);
  pdf.end();
  return done;
}
