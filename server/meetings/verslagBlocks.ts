/**
 * The verslag as a short list of blocks (title, headings, paragraphs, lists, tables): one layout
 * that the PDF and DOCX renderers both follow, so the two exports always hold the same content.
 */
import type { VerslagBlock, VerslagContent } from "../../shared/api/meetings.js";
import { CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { samenvattingBlocks } from "../../shared/verslag/samenvattingBlocks.js";
import { attendanceLabel, MEETING_KIND_LABELS, VERSLAG_LABELS as L } from "./verslagLabels.js";

/** A frozen version's stamp, printed under the title. */
export interface VerslagStamp {
  version: number;
  frozenAt: string;
}

/**
 * Lays out the verslag content as blocks; `stamp` is the frozen version's, or `"concept"` for the
 * chair's concept, which is marked as not yet fixed. The samenvatting comes last, so the client
 * can add what the chair is typing to a concept laid out without it.
 */
export function verslagBlocks(
  content: VerslagContent,
  stamp: VerslagStamp | "concept",
): VerslagBlock[] {
  return [
    { type: "title", text: L.title(content.caseTitle) },
    {
      type: "note",
      text: stamp === "concept" ? L.concept : L.frozen(stamp.version, stamp.frozenAt),
    },
    { type: "note", text: L.confidential },
    { type: "heading", text: L.overleg },
    {
      type: "table",
      header: false,
      widths: [0.3, 0.7],
      rows: [
        [L.overleg, `${content.meetingTitle} (${MEETING_KIND_LABELS[content.meetingKind]})`],
        [L.date, content.meetingDate],
        [L.location, content.location],
        [L.chair, content.chairName],
        [L.phase, CASE_PHASE_LABELS[content.casePhase]],
      ],
    },
    { type: "heading", text: L.attendance },
    {
      type: "table",
      header: true,
      widths: [0.35, 0.45, 0.2],
      rows: [
        [L.name, L.organisation, L.status],
        ...content.attendance.map((a) => [
          a.name,
          a.organisation,
          a.correctionNote === undefined
            ? attendanceLabel(a.status)
            : `${attendanceLabel(a.status)} (${a.correctionNote})`,
        ]),
      ],
    },
    { type: "heading", text: L.besluiten },
    content.besluiten.length > 0
      ? { type: "list", ordered: true, items: content.besluiten }
      : { type: "paragraph", text: L.noBesluiten },
    { type: "heading", text: L.actions },
    content.actions.length > 0
      ? {
          type: "table",
          header: true,
          widths: [0.32, 0.18, 0.22, 0.14, 0.14],
          rows: [
            [L.action, L.organisation, L.responsible, L.dueDate, L.status],
            ...content.actions.map((a) => [
              a.text,
              a.organisation,
              a.responsible,
              a.dueDate,
              a.status,
            ]),
          ],
        }
      : { type: "paragraph", text: L.noActions },
    ...samenvattingBlocks(content.samenvatting),
  ];
}
