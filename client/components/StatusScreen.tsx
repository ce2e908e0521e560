/** Full-page screens shown before the app can start: checking the session, or no server. */
import { messages } from "../i18n/messages.js";

/** Shown while the start-up session check runs. */
export function CheckingScreen() {
  return (
    <div className="status-screen">
      <p role="status">{messages.app.loading}</p>
    </div>
  );
}

/** Shown when the start-up session check could not reach the server; `retrying` while it tries again. */
export function UnreachableScreen({
  retrying,
  onRetry,
}: {
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <div className="status-screen">
      <div className="panel" role="alert">
        <h1>{messages.app.unreachableTitle}</h1>
        <p>{messages.app.unreachableBody}</p>
        {retrying && <p>{messages.app.retrying}</p>}
        <button type="button" className="button" onClick={onRetry}>
          {messages.app.retry}
        </button>
      </div>
    </div>
  );
}
