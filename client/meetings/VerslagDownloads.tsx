/**
 * The download links of one fixed verslag version, PDF and Word: in the overleg's verslag section
 * and in the case page's list of overleggen, which reach the file by different paths.
 */
import { VERSLAG_FORMATS, type VerslagFormat } from "../../shared/api/meetings.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

const LINK_TEXT: Record<VerslagFormat, string> = { pdf: t.downloadPdf, docx: t.downloadDocx };

/** A link per format; `hrefOf` gives its path, `labelOf` its accessible name. */
export function VerslagDownloads({
  hrefOf,
  labelOf,
}: {
  hrefOf: (format: VerslagFormat) => string;
  labelOf: (format: VerslagFormat) => string;
}) {
  return VERSLAG_FORMATS.map((format) => (
    <span key={format}>
      {" "}
      <a download href={hrefOf(format)} aria-label={labelOf(format)}>
        {LINK_TEXT[format]}
      </a>
    </span>
  ));
}
