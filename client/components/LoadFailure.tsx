/** Why a page's data could not be loaded, whether it is tried again by itself, and "try now". */
import type { LoadFailed } from "../api/useLoader.js";
import { messages } from "../i18n/messages.js";

/** The failure notice every page shows for a failed `useLoader` load. */
export function LoadFailure({ failure, onRetry }: { failure: LoadFailed; onRetry: () => void }) {
  return (
    <div className="notice notice-error load-failure">
      {/* Only the text is announced; the button is found by tabbing, not read out with it. */}
      <div role="alert">
        <p>{failure.message}</p>
        {failure.retrying && <p className="load-failure-auto">{messages.app.retrying}</p>}
      </div>
      <button type="button" className="button" onClick={onRetry}>
        {messages.app.retry}
      </button>
    </div>
  );
}
