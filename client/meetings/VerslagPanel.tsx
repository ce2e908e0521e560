/**
 * The verslag of one slot: the chair reviews the concept (kept current with what the table
 * records, and holding the samenvatting as it is being typed), adds a samenvatting (stored as it is
 * typed, `useSamenvattingConcept`) and freezes it as a version, confirming before a second version;
 * attendees download versions.
 */
import { useState } from "react";
import {
  SAMENVATTING_MAX,
  verslagExportPath,
  type VerslagVersionView,
} from "../../shared/api/meetings.js";
import { samenvattingBlocks } from "../../shared/verslag/samenvattingBlocks.js";
import { errorMessage } from "../api/errorMessage.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { RefreshFailure } from "../components/RefreshFailure.js";
import { messages } from "../i18n/messages.js";
import { freezeVerslag } from "./meetingsApi.js";
import { formatMeetingDateTime } from "./meetingTime.js";
import { VerslagDownloads } from "./VerslagDownloads.js";
import { useSamenvattingConcept } from "./useSamenvattingConcept.js";
import { useSlotDraft } from "./slotDrafts.js";
import { useVerslagOverview } from "./useVerslagOverview.js";
import { VerslagConcept } from "./VerslagConcept.js";
import { LengthNote } from "./LengthNote.js";

const t = messages.meetings;

/** Props of the verslag panel. */
export interface VerslagPanelProps {
  meetingId: string;
  slotId: string;
  /**
   * Changes when the overview must load again (a version fixed; for the chair, also what the
   * table records); null while the chair's change is not yet stored (see `verslagRevision`).
   */
  revision: string | null;
}

/** The verslag section of a slot. */
export function VerslagPanel({ meetingId, slotId, revision }: VerslagPanelProps) {
  const { overview, failure, reload } = useVerslagOverview(meetingId, slotId, revision);
  // Kept by the room, so moving to another agenda item and back keeps what the chair typed.
  const draft = useSlotDraft(slotId, "samenvatting");
  // Nothing typed since the page loaded: what was stored as it was typed, else the latest fixed
  // version's samenvatting, so a new version (after a correction) keeps it.
  const samenvatting =
    draft.text ?? overview?.samenvattingConcept?.samenvatting ?? overview?.latestSamenvatting ?? "";
  const [busy, setBusy] = useState(false);
  const [freezeError, setFreezeError] = useState<string | null>(null);
  const latest = overview?.versions.reduce<VerslagVersionView | undefined>(
    (max, v) => (max === undefined || v.version > max.version ? v : max),
    undefined,
  );
  const next = overview === null ? null : (latest?.version ?? 0) + 1;
  const concept = useSamenvattingConcept({
    meetingId,
    slotId,
    draft,
    nextVersion: next,
    stored: overview?.samenvattingConcept ?? null,
    onStale: () => void reload(),
  });

  const type = (text: string) => {
    // The first keystroke starts from the text shown, so clearing it counts as a change.
    if (draft.text === null) draft.begin(samenvatting);
    draft.edit(text);
    concept.typed(text);
  };

  const freeze = () => {
    if (next === null) return;
    const incomplete = overview?.incompleteActions ?? 0;
    if (incomplete > 0 && !window.confirm(t.freezeIncompleteConfirm(incomplete))) return;
    if (
      latest !== undefined &&
      !window.confirm(
        t.freezeAgainConfirm(latest.version, formatMeetingDateTime(latest.frozenAt), next),
      )
    ) {
      return;
    }
    setBusy(true);
    setFreezeError(null);
    concept.discard();
    void freezeVerslag(meetingId, slotId, { samenvatting, version: next })
      .then(() => draft.markSaved(samenvatting))
      // Refused (e.g. another version was frozen meanwhile): show why and the versions as they are.
      .catch((err: unknown) => {
        setFreezeError(errorMessage(err));
        // Not in a version: what the box holds now is stored as the concept again.
        concept.storeNow();
      })
      // Until the versions are loaded again, a second click would name the wrong next version.
      .then(reload)
      .finally(() => setBusy(false));
  };

  return (
    <section className="mt-section" aria-labelledby={`verslag-${slotId}`}>
      <h3 id={`verslag-${slotId}`}>{t.verslag}</h3>
      {failure !== null &&
        (overview === null ? (
          <LoadFailure failure={failure} onRetry={() => void reload()} />
        ) : (
          <RefreshFailure failure={failure} onRetry={() => void reload()} />
        ))}
      {overview?.draft && (
        <div className="mt-draft">
          <h4>{t.verslagDraft}</h4>
          <p className="muted">{t.verslagDraftIntro}</p>
          {/* Laid out as the server lays out a fixed version: the samenvatting comes last. */}
          <VerslagConcept blocks={[...overview.draft, ...samenvattingBlocks(samenvatting)]} />
          <p className="muted">
            <button type="button" className="button" onClick={() => void reload()}>
              {t.refreshDraft}
            </button>{" "}
            {t.refreshDraftHint}
          </p>
        </div>
      )}
      {overview !== null && overview.recordChangedSince !== null && (
        <p className="notice notice-info" role="status">
          {t.recordChangedSince(overview.recordChangedSince)}
        </p>
      )}
      {overview?.mayFreeze && (
        <div className="mt-inline-form">
          <label htmlFor={`samenvatting-${slotId}`}>{t.samenvatting}</label>
          <textarea
            id={`samenvatting-${slotId}`}
            rows={3}
            maxLength={SAMENVATTING_MAX}
            value={samenvatting}
            aria-describedby={`samenvatting-lengte-${slotId}`}
            onChange={(e) => type(e.target.value)}
          />
          <LengthNote
            id={`samenvatting-lengte-${slotId}`}
            length={samenvatting.length}
            max={SAMENVATTING_MAX}
          />
          {concept.failure !== null ? (
            <p className="notice notice-error" role="alert">
              {t.samenvattingNotStored(concept.failure)}{" "}
              <button type="button" className="button" onClick={() => concept.storeNow()}>
                {t.samenvattingStoreAgain}
              </button>
            </p>
          ) : (
            concept.savedAt !== null && (
              <p className="muted" role="status">
                {t.samenvattingStored(formatMeetingDateTime(concept.savedAt))}
              </p>
            )
          )}
          <button type="button" className="button button-primary" disabled={busy} onClick={freeze}>
            {t.freeze}
          </button>
        </div>
      )}
      <h4>{t.versions}</h4>
      {overview !== null && overview.versions.length === 0 && (
        <p className="muted">{t.noVersions}</p>
      )}
      <ul className="mt-versions">
        {overview?.versions.map((v) => (
          <li key={v.version}>
            {t.version(v.version, formatMeetingDateTime(v.frozenAt))}
            {overview.mayDownload && (
              <VerslagDownloads
                hrefOf={(format) => verslagExportPath(meetingId, slotId, v.version, format)}
                labelOf={(format) => t.downloadLabel(v.version, format)}
              />
            )}
          </li>
        ))}
      </ul>
      {overview !== null && overview.versions.length > 0 && !overview.mayDownload && (
        <p className="muted">{t.downloadNotAllowed}</p>
      )}
      {freezeError !== null && (
        <p role="alert" className="notice notice-error">
          {freezeError}
        </p>
      )}
    </section>
  );
}
