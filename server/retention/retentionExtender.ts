/**
 * A procesregisseur keeps a closed case longer than its retention period, with a documented
 * reason (AVG art. 5(1)(e): a retention period with documented extensions). An extension only
 * moves the last day later, and at most ten years past today; a case whose retention already
 * ended is not brought back.
 */
import { RETENTION_MONTHS, type RetentionExtension } from "../../shared/api/retention.js";
import { addMonths } from "../../shared/domain/dates.js";
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { findVisibleCase } from "../commands/caseOpener.js";
import { badRequest, conflict, forbidden } from "../errors.js";
import { dutchCalendarDate } from "../../shared/domain/regionTime.js";
import { mayExtendRetention } from "../policies/casePolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import { isDue, retentionOf } from "./retentionDates.js";

/** Records the extension; 404 if not visible, 409 while open or not later, 403 if not allowed. */
export async function extendRetention(
  store: Store,
  principal: Principal,
  caseId: string,
  request: RetentionExtension,
  now: Date,
): Promise<CaseRecord> {
  const c = findVisibleCase(store, principal, caseId);
  const retention = retentionOf(c, store.cases.phaseHistory(c.id), store.retention.months);
  if (retention === null) throw conflict("Alleen een gesloten casus heeft een bewaartermijn.");
  if (!mayExtendRetention(principal, c)) throw forbidden();
  const today = dutchDate(now);
  if (isDue(retention, today)) {
    throw conflict("De bewaartermijn van deze casus is verstreken; de casus wordt vernietigd.");
  }
  if (request.tot <= retention.keptUntil) {
    throw conflict(
      `Kies een datum na de huidige bewaartermijn (${dutchCalendarDate(retention.keptUntil)}).`,
    );
  }
  const latest = addMonths(today, RETENTION_MONTHS.max) ?? today;
  if (request.tot > latest) {
    throw badRequest(`Verleng tot ten hoogste ${dutchCalendarDate(latest)}.`);
  }
  await store.cases.addRetentionExtension(c.id, {
    until: request.tot,
    reason: request.reden,
    by: principal.userId,
    at: now.toISOString(),
  });
  return c;
}
