/**
 * When a closed case was closed and until when it is kept. A case closes by a triage decision
 * other than casusoverleg (advies, terugverwijzen), or from an overleg after afschaling; it is
 * kept for the ZVH's retention period after that Dutch calendar day, or until the latest date a
 * procesregisseur extended it to (an extension withdrawn since counts no more), whichever is later,
 * and destroyed the day after.
 */
import { addMonths } from "../../shared/domain/dates.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { CaseRecord, PhaseChangeRecord } from "../store/schema.js";

/** The moment (ISO) a closed case was closed; null while it is open or when it is unknown. */
export function closedAtOf(
  c: CaseRecord,
  phaseHistory: readonly PhaseChangeRecord[],
): string | null {
  if (c.phase !== "gesloten") return null;
  const closing = phaseHistory.filter((p) => p.to === "gesloten").at(-1);
  if (closing !== undefined) return closing.at;
  const besluit = c.triageBesluiten?.at(-1);
  return besluit !== undefined && besluit.besluit !== "casusoverleg" ? besluit.computedAt : null;
}

/** A closed case's retention: its Dutch closing date and the last day it is kept (yyyy-mm-dd). */
export interface CaseRetention {
  closedOn: string;
  keptUntil: string;
}

/** The place in `retentionExtensions` of the latest extension not withdrawn; null if none. */
export function latestStandingExtension(c: CaseRecord): number | null {
  const extensions = c.retentionExtensions ?? [];
  for (let i = extensions.length - 1; i >= 0; i--) {
    if (extensions[i]?.withdrawn === undefined) return i;
  }
  return null;
}

/**
 * The retention of a case; null while it is open (or when its closing moment is unreadable). A
 * closed case without a known closing moment (stored before its decision was recorded) counts
 * from its last update. `withdrawing` names an extension to leave out, as if withdrawn (to tell
 * what withdrawing it would do).
 */
export function retentionOf(
  c: CaseRecord,
  phaseHistory: readonly PhaseChangeRecord[],
  retentionMonths: number,
  withdrawing?: number,
): CaseRetention | null {
  if (c.phase !== "gesloten") return null;
  const closedAt = new Date(closedAtOf(c, phaseHistory) ?? c.updatedAt);
  // An unreadable stored moment is no reason to destroy anything, nor to fail the case page.
  if (Number.isNaN(closedAt.getTime())) return null;
  const closedOn = dutchDate(closedAt);
  const byPeriod = addMonths(closedOn, retentionMonths) ?? closedOn;
  const keptUntil = (c.retentionExtensions ?? [])
    .filter((e, i) => e.withdrawn === undefined && i !== withdrawing)
    .reduce((latest, e) => (e.until > latest ? e.until : latest), byPeriod);
  return { closedOn, keptUntil };
}

/** True when the case's retention has passed on the Dutch date `today` (yyyy-mm-dd). */
export function isDue(retention: CaseRetention | null, today: string): boolean {
  return retention !== null && today > retention.keptUntil;
}
