/** The geheimhoudingsverklaring for one overleg: its text, an explicit agreement, and signing. */
import { useEffect, useState } from "react";
import type { VerklaringView } from "../../shared/api/meetings.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { loadVerklaring, signVerklaring } from "./meetingsApi.js";

const t = messages.meetings;

/** Shows the verklaring; calls `onSigned` once the server recorded the signature. */
export function VerklaringPanel({
  meetingId,
  onSigned,
}: {
  meetingId: string;
  onSigned: () => void;
}) {
  const [verklaring, setVerklaring] = useState<VerklaringView | null>(null);
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    loadVerklaring(meetingId, controller.signal).then(setVerklaring, (err: unknown) => {
      if (!controller.signal.aborted) setError(errorMessage(err));
    });
    return () => controller.abort();
  }, [meetingId]);

  const sign = () => {
    setBusy(true);
    signVerklaring(meetingId).then(onSigned, (err: unknown) => {
      setBusy(false);
      setError(errorMessage(err));
    });
  };

  return (
    <section className="panel mt-verklaring" aria-labelledby="mt-verklaring-title">
      <h2 id="mt-verklaring-title">{t.verklaringTitle}</h2>
      <p>{t.verklaringIntro}</p>
      {verklaring !== null && (
        <>
          <p className="muted">{t.verklaringVersion(verklaring.version)}</p>
          <div className="mt-verklaring-text" tabIndex={0}>
            {verklaring.text.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph.replace(/^#+\s*/, "")}</p>
            ))}
          </div>
          <label className="mt-check">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
            {t.verklaringAgree}
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={!agreed || busy}
            onClick={sign}
          >
            {t.verklaringSign}
          </button>
        </>
      )}
      {error !== null && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </section>
  );
}
