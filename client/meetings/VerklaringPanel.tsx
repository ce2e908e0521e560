/** The geheimhoudingsverklaring for one overleg: its text, an explicit agreement, and signing. */
import { useState } from "react";
import { errorMessage } from "../api/errorMessage.js";
import { useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { messages } from "../i18n/messages.js";
import { loadVerklaring, signVerklaring } from "./meetingsApi.js";
import { verklaringBlocks } from "./verklaringBlocks.js";

const t = messages.meetings;

/** Shows the verklaring; calls `onSigned` once the server recorded the signature. */
export function VerklaringPanel({
  meetingId,
  onSigned,
}: {
  meetingId: string;
  onSigned: () => void;
}) {
  // Loaded like a page: tried again by itself while the server cannot be reached.
  const { state, reload } = useLoader(meetingId, (signal) => loadVerklaring(meetingId, signal));
  const verklaring = state.status === "loaded" ? state.value : null;
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {verklaring !== null && (
        <>
          <p className="muted">{t.verklaringVersion(verklaring.version)}</p>
          <div className="mt-verklaring-text" tabIndex={0}>
            {verklaringBlocks(verklaring.text, verklaring.version).map((block, i) =>
              block.kind === "heading" ? (
                <h3 key={i}>{block.text}</h3>
              ) : block.kind === "list" ? (
                <ol key={i}>
                  {block.items.map((item, j) => (
                    <li key={j}>{item}</li>
                  ))}
                </ol>
              ) : (
                <p key={i}>{block.text}</p>
              ),
            )}
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
