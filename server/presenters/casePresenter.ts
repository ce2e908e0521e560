/** What leaves the server about a case in lists (no personal data of betrokkenen). */
import type { Case, CaseKind, CasePhase } from "../../shared/domain/case.js";

/** A case as the case list shows it. */
export interface CaseListItem {
  id: string;
  title: string;
  phase: CasePhase;
  kind: CaseKind;
  gemeente: string;
  regio: string;
  createdAt: string;
}

/** Presents a case for the case list. */
export function presentCaseListItem(c: Case): CaseListItem {
  return {
    id: c.id,
    title: c.title,
    phase: c.phase,
    kind: c.kind,
    gemeente: c.gemeente,
    regio: c.regio,
    createdAt: c.createdAt,
  };
}
