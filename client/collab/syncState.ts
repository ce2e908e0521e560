/**
 * The truth about one document's sync, derived from the provider's facts, and how states combine.
 * "Verbonden" is said only while every local change is confirmed stored or on its way for less than
 * a normal save takes: a connection that looks open may be dead for half a minute before the
 * provider notices (see saveTracker.ts).
 */
import { CloseCode } from "../../shared/wire/closeCodes.js";

/** What the client knows about one document's connection. */
export interface SyncFacts {
  connection: "connecting" | "connected" | "disconnected";
  /** The provider finished the initial exchange on the current socket. */
  synced: boolean;
  /** The document was synced at least once since it was opened. */
  everSynced: boolean;
  /** Some local change is not yet known to be stored on the server. */
  unsaved: boolean;
  /** Some local change has waited longer than a normal save takes (`SAVE_SHOW_MS`). */
  saveSlow: boolean;
  /** Some local change has waited longer than it should for the server's confirmation. */
  saveOverdue: boolean;
  /** Close code when the server refused for good (4400–4499), else null. */
  closedCode: number | null;
}

/** The state shown to the user. */
export type SyncState =
  | { kind: "connecting" }
  | { kind: "connected" }
  | { kind: "saving" }
  | { kind: "unconfirmed" }
  | { kind: "reconnecting" }
  | { kind: "offlineUnsaved" }
  | { kind: "closed"; code: number };

/** Derives the shown state from the facts. */
export function syncStateOf(facts: SyncFacts): SyncState {
  if (facts.closedCode !== null) return { kind: "closed", code: facts.closedCode };
  if (facts.connection === "connected" && facts.synced) {
    if (!facts.unsaved || !facts.saveSlow) return { kind: "connected" };
    return facts.saveOverdue ? { kind: "unconfirmed" } : { kind: "saving" };
  }
  if (facts.unsaved) return { kind: "offlineUnsaved" };
  return facts.everSynced ? { kind: "reconnecting" } : { kind: "connecting" };
}

/**
 * True when the server closed the document with a refusal: access revoked (taken off the case
 * team or the overleg, the case destroyed), the session ended, or an update it did not allow. The
 * page then asks the server again for what it shows: what the user may no longer see goes, not
 * stay on screen under a "closed" notice.
 */
export function lostAccess(state: SyncState): boolean {
  return (
    state.kind === "closed" &&
    (state.code === CloseCode.Forbidden || state.code === CloseCode.Unauthenticated)
  );
}

/** Worse states first: the page shows the worst state of its documents. */
const SEVERITY: Record<SyncState["kind"], number> = {
  closed: 6,
  offlineUnsaved: 5,
  unconfirmed: 4,
  reconnecting: 3,
  connecting: 2,
  saving: 1,
  connected: 0,
};

/** The state to show for several documents at once: the worst of them. */
export function combineSyncStates(states: readonly SyncState[]): SyncState {
  let worst: SyncState = { kind: "connected" };
  for (const state of states) {
    if (SEVERITY[state.kind] > SEVERITY[worst.kind]) worst = state;
  }
  return worst;
}
