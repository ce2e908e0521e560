/**
 * A procesregisseur withdraws a retention extension made in error (the wrong case, the wrong date)
 * or no longer needed: keeping data longer than necessary is what the retention prevents (AVG art.
 * 5(1)(e)). Only the latest extension still standing is withdrawn, so the case's last day steps
 * back one extension at a time and each step shows what it does. The extension stays on record,
 * marked withdrawn by whom and when. When the retention has then passed, the case is destroyed at
 * the next daily run (or once the beheerder confirms the period), which the request must confirm; a
 * case whose retention already passed is not touched.
 */
import type { RetentionWithdrawal } from "../../shared/api/retention.js";
import { dutchCalendarDate, dutchDate } from "../../shared/domain/regionTime.js";
import type { Principal } from "../auth/principal.js";
import { findVisibleCase } from "../commands/caseOpener.js";
import { conflict, forbidden } from "../errors.js";
import { mayExtendRetention } from "../policies/casePolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";
import {
  isDue,
  latestStandingExtension,
  retentionOf,
  type CaseRetention,
} from "./retentionDates.js";

/** What a withdrawal did: the case, the date withdrawn and the retention it leaves. */
export interface WithdrawnExtension {
  case: CaseRecord;
  withdrawnUntil: string;
  retention: CaseRetention;
  /** True when the retention has passed: the case goes at the next daily run. */
  due: boolean;
  /** True while the beheerder has not confirmed the period: until then nothing is destroyed. */
  awaitsConfirmation: boolean;
}

/** Records the withdrawal; 404 if not visible, 403 if not allowed, 409 for anything stale. */
export async function withdrawRetentionExtension(
  store: Store,
  principal: Principal,
  caseId: string,
  request: RetentionWithdrawal,
  now: Date,
): Promise<WithdrawnExtension> {
  const c = findVisibleCase(store, principal, caseId);
  const months = store.retention.months;
  const phaseHistory = store.cases.phaseHistory(c.id);
  const current = retentionOf(c, phaseHistory, months);
  if (current === null) throw conflict("Alleen een gesloten casus heeft een bewaartermijn.");
  if (!mayExtendRetention(principal, c)) throw forbidden();
  const today = dutchDate(now);
  if (isDue(current, today)) {
    throw conflict("De bewaartermijn van deze casus is verstreken; de casus wordt vernietigd.");
  }
  const latest = latestStandingExtension(c);
  const extension = latest === null ? undefined : c.retentionExtensions?.[latest];
  if (c.retentionExtensions?.[request.verlenging]?.withdrawn !== undefined) {
    throw conflict("Deze verlenging is al ingetrokken.");
  }
  if (latest !== request.verlenging || extension === undefined) {
    throw conflict("Alleen de laatste verlenging die nog geldt kan worden ingetrokken.");
  }
  const after = retentionOf(c, phaseHistory, months, latest) ?? current;
  const due = isDue(after, today);
  if (due && request.bevestigVernietiging !== true) {
    const destroyed = store.retention.confirmed
      ? "wordt bij de eerstvolgende dagelijkse ronde vernietigd"
      : "wordt vernietigd zodra de beheerder de bewaartermijn bevestigt";
    throw conflict(
      `Zonder deze verlenging is de bewaartermijn verstreken (${dutchCalendarDate(after.keptUntil)}): de casus ${destroyed}. Bevestig dat eerst.`,
    );
  }
  await store.cases.withdrawRetentionExtension(c.id, latest, {
    by: principal.userId,
    at: now.toISOString(),
  });
  return {
    case: c,
    withdrawnUntil: extension.until,
    retention: after,
    due,
    awaitsConfirmation: !store.retention.confirmed,
  };
}
