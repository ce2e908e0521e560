/**
 * Erases a case registered in error (shared/api/caseErasure.ts): checked, recorded in the audit
 * trail with its reason and the persons it was about (by id), marked as being destroyed without
 * report facts, and then removed as a case at the end of its retention is (casePurger.ts), in the
 * same crash-safe order: a crash after the mark leaves the case hidden, and the retention job
 * finishes it (recording `case.erase` again, with the reason kept in the mark).
 */
import type { CaseErasureReason } from "../../shared/api/caseErasure.js";
import type { Principal } from "../auth/principal.js";
import { actorOf } from "../audit/auditTrail.js";
import { conflict, forbidden } from "../errors.js";
import { mayEraseCase } from "../policies/casePolicy.js";
import { destroyInHand, type PurgeDeps } from "../retention/casePurger.js";
import { findVisibleCase } from "./caseOpener.js";

const DECIDED =
  "Over de triage van deze casus is al besloten: alleen een aanmelding kan worden verwijderd. De casus gaat weg als de bewaartermijn verstrijkt.";

/**
 * Erases the case; 404 when the principal does not see it, 403 when they may not erase it, 409
 * when its triage was decided (its retention ends it then).
 */
export async function eraseCase(
  deps: PurgeDeps,
  principal: Principal,
  caseId: string,
  reden: CaseErasureReason,
  now: Date,
): Promise<void> {
  const c = findVisibleCase(deps.store, principal, caseId);
  if (!mayEraseCase(principal, c)) {
    // Whoever could have erased it before the triage was decided is told why not.
    const undecided = mayEraseCase(principal, { ...c, phase: "triage" });
    throw undecided ? conflict(DECIDED) : forbidden();
  }
  deps.audit.record({
    action: "case.erase",
    actor: actorOf(principal),
    outcome: "allowed",
    caseId: c.id,
    subjectIds: c.betrokkenen.map((b) => b.id),
    detail: { reden, phase: c.phase },
  });
  // Recorded and marked in one synchronous step, as a retention's destruction is.
  const marked = deps.store.cases.markDestroying(c.id, now.toISOString(), null, { reden });
  const removed = await destroyInHand(deps, c.id, async () => {
    await deps.audit.flush();
    await marked;
  });
  deps.logger.info({ caseId: c.id, ...removed }, "case erased as registered in error");
}
