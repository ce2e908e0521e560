/**
 * The visible truth about sync: verbonden (everything stored), saving, not confirmed in time,
 * opnieuw verbinden, or offline with unsaved changes.
 */
import { CLOSE_CODE_MESSAGES_NL, type CloseCodeValue } from "../../shared/wire/closeCodes.js";
import type { SyncState } from "../collab/syncState.js";
import { messages } from "../i18n/messages.js";

const t = messages.caseWorkspace.sync;

/** The text of a state; a refusal names its reason. */
export function syncStateText(state: SyncState): string {
  switch (state.kind) {
    case "connecting":
      return t.connecting;
    case "connected":
      return t.connected;
    case "saving":
      return t.saving;
    case "unconfirmed":
      return t.unconfirmed;
    case "reconnecting":
      return t.reconnecting;
    case "offlineUnsaved":
      return t.offlineUnsaved;
    case "closed":
      return `${t.closed}: ${CLOSE_CODE_MESSAGES_NL[state.code as CloseCodeValue] ?? ""}`.trim();
  }
}

/** A status line with an icon-like marker and text (colour is never the only signal). */
export function SyncStatus({ state }: { state: SyncState }) {
  return (
    <p className={`cw-sync cw-sync-${state.kind}`} role="status" aria-live="polite">
      <span className="visually-hidden">{t.label}: </span>
      <span className="cw-sync-dot" aria-hidden="true" />
      {syncStateText(state)}
    </p>
  );
}
