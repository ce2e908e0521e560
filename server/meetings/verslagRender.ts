/**
 * Renders verslag blocks to a downloadable file. The renderers load on first use: pdfkit alone
 * adds ~23 MiB to the process, and most runs never download a verslag or an inzageoverzicht.
 */
import type { VerslagBlock, VerslagFormat } from "../../shared/api/meetings.js";

/** An exported file: bytes, media type and a file name without personal data. */
export interface VerslagFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES: Record<VerslagFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Renders `blocks` as a PDF or DOCX titled `title`, to be saved as `fileName`. */
export async function renderBlocks(
  blocks: VerslagBlock[],
  title: string,
  format: VerslagFormat,
  fileName: string,
): Promise<VerslagFile> {
  const bytes =
    format === "pdf"
      ? await (await import("./verslagPdf.js")).renderVerslagPdf(blocks, title)
      : await (await import("./verslagDocx.js")).renderVerslagDocx(blocks, title);
  return { bytes, contentType: CONTENT_TYPES[format], fileName };
}
