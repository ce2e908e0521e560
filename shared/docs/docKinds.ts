/**
 * The kinds of collaborative document every case (or meeting) has. Each kind's exact Yjs layout
 * is described in its own module: triageDoc.ts, leefgebiedenDoc.ts, proseDoc.ts (analyse and
 * plan), planDoc.ts (action items inside the plan) and meetingDoc.ts.
 */
import { z } from "zod";

/** Every document kind; `meeting` belongs to a meeting, the others to a case. */
export const DOC_KINDS = ["triage", "analyse", "leefgebieden", "plan", "meeting"] as const;

/** Schema for a document kind. */
export const DocKindSchema = z.enum(DOC_KINDS);

/** A document kind. */
export type DocKind = z.infer<typeof DocKindSchema>;

/** Dutch label per document kind, as tabs and audit views show it. */
export const DOC_KIND_LABELS: Record<DocKind, string> = {
  triage: "Triage",
  analyse: "Casusanalyse",
  leefgebieden: "Leefgebieden",
  plan: "Plan van aanpak",
  meeting: "Vergadering",
};
