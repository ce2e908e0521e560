/**
 * What a new retention period would destroy: the closed cases whose retention has passed under it
 * but not under the period in force (all of them while the period waits for confirmation, when
 * nothing is destroyed yet). The beheerder sees the number before saving, and the server refuses a
 * period that destroys cases unless the request names that number.
 */
import { dutchDate } from "../../shared/domain/regionTime.js";
import type { Store } from "../store/store.js";
import { isDue, retentionOf } from "./retentionDates.js";

/** How many closed cases the next daily run would destroy under `months` that it would not now. */
export function casesDestroyedBy(store: Store, months: number, now: Date): number {
  const today = dutchDate(now);
  const current = store.retention.months;
  const confirmed = store.retention.confirmed;
  return store.cases.list().filter((c) => {
    if (c.destroying !== undefined) return false;
    const history = store.cases.phaseHistory(c.id);
    const dueNow = confirmed && isDue(retentionOf(c, history, current), today);
    return !dueNow && isDue(retentionOf(c, history, months), today);
  }).length;
}
