/**
 * The chair's samenvatting as verslag blocks: a heading and one paragraph per block of text
 * between blank lines, last in the verslag. Shared because both sides lay it out the same way:
 * the server when it fixes a version (verslagBlocks.ts), the client when it adds what the chair
 * is typing to the concept, so that the concept is what fixing it would make.
 */
import type { VerslagBlock } from "../api/meetings.js";

/** The heading above the samenvatting, in the verslag and its concept. */
export const SAMENVATTING_HEADING = "Samenvatting";

/** Lays out `samenvatting`; nothing when it holds no text. */
export function samenvattingBlocks(samenvatting: string): VerslagBlock[] {
  const paragraphs = samenvatting
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
  if (paragraphs.length === 0) return [];
  return [
    { type: "heading", text: SAMENVATTING_HEADING },
    ...paragraphs.map((text): VerslagBlock => ({ type: "paragraph", text })),
  ];
}
