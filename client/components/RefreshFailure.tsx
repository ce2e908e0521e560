/**
 * A failed refresh of data that stays on screen (the live meeting room, the verslag concept): a
 * small notice of why, that what is shown is what was loaded last and is brought up to date by
 * itself, and "try now". Unlike `LoadFailure` it does not take the place of the content.
 */
import type { LoadFailed } from "../api/useLoader.js";
import { messages } from "../i18n/messages.js";

/** The notice beside content whose refresh failed. */
export function RefreshFailure({ failure, onRetry }: { failure: LoadFailed; onRetry: () => void }) {
  return (
    <div className="notice notice-error refresh-failure">
      {/* Polite: the content is still there, so this must not interrupt what is being read. */}
      <p role="status">
        {failure.message}{" "}
        <span className="load-failure-auto">
          {failure.retrying ? messages.app.staleRetrying : messages.app.stale}
        </span>
      </p>
      <button type="button" className="button button-quiet" onClick={onRetry}>
        {messages.app.retry}
      </button>
    </div>
  );
}
