/** How the case list reads a case's triage: a final colour or `open`, and the questions left. */
import type { ListOordeel } from "../../shared/api/cases.js";
import type { CaseRecord } from "../store/schema.js";

/**
 * The decided colour once the procesregisseur took the triage decision; before that the engine's
 * colour once it is no longer provisional (every criterion and the RTI-G answered); else `open`.
 */
export function listOordeelOf(c: CaseRecord): ListOordeel {
  const besluit = c.triageBesluiten?.at(-1);
  if (besluit) return besluit.result.oordeel;
  const summary = c.triageSummary;
  return summary && !summary.voorlopig ? summary.oordeel : "open";
}

/** Open triage questions while the triage is being filled in (before the decision); else null. */
export function openVragenOf(c: CaseRecord): number | null {
  if (c.triageBesluiten?.length) return null;
  if (c.phase !== "aanmelding" && c.phase !== "triage") return null;
  const open = c.triageSummary?.open;
  return open !== undefined && open > 0 ? open : null;
}

/** True when the case is a registration the user has not opened yet (and did not make). */
export function isNewFor(c: CaseRecord, userId: string): boolean {
  return c.phase === "aanmelding" && c.createdBy !== userId && !c.seenBy?.includes(userId);
}
