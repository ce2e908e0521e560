/**
 * Case access as of now, for one principal: the case policy with the meeting clearance of this
 * moment computed once. Commands and presenters ask this, so guests of a running overleg who signed
 * its verklaring reach a cleared case on every path, and no one else does.
 */
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import type { Store } from "../store/store.js";
import { caseAccess, type CaseAccess } from "./casePolicy.js";
import { meetingClearance } from "./meetingPolicy.js";

/** Resolves the principal's access to any case, with the clearance computed once. */
export type CaseAccessResolver = (c: Case) => CaseAccess;

/** Builds the resolver for `principal` at `now`. */
export function caseAccessResolver(
  store: Store,
  principal: Principal,
  now: Date = new Date(),
): CaseAccessResolver {
  const clearance = meetingClearance(store, principal, now);
  return (c) => caseAccess(principal, c, clearance);
}
