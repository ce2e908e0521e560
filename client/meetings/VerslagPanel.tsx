/** The verslag of one slot: the chair reviews the draft and freezes it; attendees download versions. */
import { useCallback, useEffect, useState } from "react";
import { verslagExportPath, type VerslagOverview } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { freezeVerslag, loadVerslag } from "./meetingsApi.js";
import { formatMeetingDateTime } from "./meetingTime.js";

const t = messages.meetings;

/** The verslag section of a slot. */
export function VerslagPanel({ meetingId, slotId }: { meetingId: string; slotId: string }) {
  const [overview, setOverview] = useState<VerslagOverview | null>(null);
  const [samenvatting, setSamenvatting] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    (signal?: AbortSignal) =>
      loadVerslag(meetingId, slotId, signal).then(setOverview, (err: unknown) => {
        if (!signal?.aborted) setError(errorMessage(err));
      }),
    [meetingId, slotId],
  );
  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const freeze = () => {
    setBusy(true);
    freezeVerslag(meetingId, slotId, samenvatting)
      .then(() => reload())
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  return (
    <section className="mt-section" aria-labelledby={`verslag-${slotId}`}>
      <h3 id={`verslag-${slotId}`}>{t.verslag}</h3>
      {overview?.draft && (
        <div className="mt-draft">
          <h4>{t.verslagDraft}</h4>
          <ol>
            {overview.draft.besluiten.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ol>
          <ul>
            {overview.draft.actions.map((a, i) => (
              <li key={i}>
                {a.text} ({a.organisation}, {a.dueDate})
              </li>
            ))}
          </ul>
        </div>
      )}
      {overview?.mayFreeze && (
        <div className="mt-inline-form">
          <label htmlFor={`samenvatting-${slotId}`}>{t.samenvatting}</label>
          <textarea
            id={`samenvatting-${slotId}`}
            rows={3}
            maxLength={5000}
            value={samenvatting}
            onChange={(e) => setSamenvatting(e.target.value)}
          />
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
              <>
                {" "}
                <a download href={verslagExportPath(meetingId, slotId, v.version, "pdf")}>
                  {t.downloadPdf}
                </a>{" "}
                <a download href={verslagExportPath(meetingId, slotId, v.version, "docx")}>
                  {t.downloadDocx}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      {overview !== null && overview.versions.length > 0 && !overview.mayDownload && (
        <p className="muted">{t.downloadNotAllowed}</p>
      )}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}
