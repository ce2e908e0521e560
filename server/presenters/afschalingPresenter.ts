/** A case's latest afschaling as the slot view and the case page show it. */
import type { AfschalingView } from "../../shared/api/meetings.js";
import type { Store } from "../store/store.js";

/** The latest afschaling recorded for the case (in an overleg or on its page); null for none. */
export function presentAfschaling(store: Store, caseId: string): AfschalingView | null {
  const record = store.cases.latestAfschaling(caseId);
  if (!record?.afschaling) return null;
  return { ...record.afschaling, at: record.at };
}
