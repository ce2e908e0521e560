/** The text of an exported PDF (pdftotext) or the XML of an exported DOCX (unzip), for assertions. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The PDF's text with whitespace collapsed: table cells wrap long text over lines. */
export function textOfPdf(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "export-"));
  writeFileSync(join(dir, "file.pdf"), bytes);
  return execFileSync("pdftotext", [join(dir, "file.pdf"), "-"], { encoding: "utf8" }).replace(
    /\s+/g,
    " ",
  );
}

/** The DOCX's main document XML. */
export function xmlOfDocx(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "export-"));
  writeFileSync(join(dir, "file.docx"), bytes);
  return execFileSync("unzip", ["-p", join(dir, "file.docx"), "word/document.xml"], {
    encoding: "utf8",
  });
}
