/**
 * Brings a case's afschaling up to date, or closes the case, from the case page
 * (`POST /api/cases/:id/afschaling`): its casusregisseur and the region's procesregisseurs, once
 * the chair started the afschaling in an overleg (`mayChangeAfschaling`).
 */
import type { AfschalingChange } from "../../shared/api/afschaling.js";
import type { Principal } from "../auth/principal.js";
import { conflict, forbidden, notFound } from "../errors.js";
import { recordPhaseChange, type CasePhaseChange } from "../meetings/casePhaseChanger.js";
import { canViewCase, mayChangeAfschaling } from "../policies/casePolicy.js";
import type { CaseRecord } from "../store/schema.js";
import type { Store } from "../store/store.js";

/** The change written, with its case as it is now. */
export interface AfschalingChangeResult extends CasePhaseChange {
  case: CaseRecord;
}

/** Applies `change` to case `caseId` for `principal`: 404 unseen, 409 not in afschaling, 403 not theirs. */
export async function changeAfschaling(
  store: Store,
  principal: Principal,
  caseId: string,
  change: AfschalingChange,
  now: Date,
): Promise<AfschalingChangeResult> {
  const found = store.cases.get(caseId);
  if (!found || !canViewCase(principal, found)) throw notFound();
  if (found.phase !== "afschaling") {
    throw conflict(
      found.phase === "gesloten"
        ? "Deze casus is al gesloten."
        : "Afschalen begint in een casusoverleg; daarna werkt u het hier bij.",
    );
  }
  if (!mayChangeAfschaling(principal, found)) throw forbidden();
  const written = await recordPhaseChange(store, found, change, { by: principal.userId, now });
  return { ...written, case: store.cases.get(caseId) ?? found };
}
