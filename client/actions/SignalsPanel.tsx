/**
 * The signed-in user's in-app signals (overdue actions) with the unread count; each leads to its
 * case's actions (following it marks it read), and one settled meanwhile (the action finished, the
 * case closed) says so.
 */
import { Link } from "react-router";
import { fetchSignals, markSignalRead } from "./actionsApi.js";
import { refreshUnreadSignals } from "./useUnreadSignals.js";
import { errorMessage } from "../api/errorMessage.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { useRefreshOnReturn } from "../api/useRefreshOnReturn.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { caseActionsPath } from "../navigation.js";

const t = messages.actions;

/** The signals section of Mijn acties. */
export function SignalsPanel() {
  const { state, reload, replace } = useLoader("signals", fetchSignals);
  useRefreshOnReturn(reload);
  const list = shownValue(state);

  const read = async (id: string) => {
    try {
      await markSignalRead(id);
      refreshUnreadSignals();
      replace((value) => ({
        unread: Math.max(0, value.unread - 1),
        signals: value.signals.map((s) => (s.id === id ? { ...s, read: true } : s)),
      }));
    } catch (error) {
      window.alert(errorMessage(error));
    }
  };

  return (
    <section className="acties-signals" aria-labelledby="acties-signals-title">
      <h2 id="acties-signals-title">
        {t.signalsTitle}
        {list && list.unread > 0 && (
          <span className="acties-badge">{t.signalsUnread(list.unread)}</span>
        )}
      </h2>
      {/* An unreachable server is reported once, by the page's action list below. */}
      {state.status === "failed" && !state.retrying && (
        <LoadFailure failure={state} onRetry={reload} />
      )}
      {list && list.signals.length === 0 && <p className="muted">{t.signalsEmpty}</p>}
      {list && list.signals.length > 0 && (
        <ul className="acties-signal-list">
          {list.signals.map((signal) => (
            <li
              key={signal.id}
              className={
                signal.read || signal.settled ? "acties-signal-read" : "acties-signal-unread"
              }
            >
              <span className="muted">{formatDate(signal.createdAt)}</span>{" "}
              {signal.action ? (
                <Link
                  to={caseActionsPath(signal.action.caseId)}
                  onClick={() => {
                    // Followed is read: the menu stops counting it once the server knows.
                    if (!signal.read && !signal.settled) {
                      markSignalRead(signal.id).then(refreshUnreadSignals, () => undefined);
                    }
                  }}
                >
                  {t.signalOverdue(signal.action.text, signal.action.caseTitle)}
                </Link>
              ) : (
                t.signalGone
              )}
              {signal.settled && <span className="muted"> {t.signalSettled}</span>}
              {!signal.read && !signal.settled && (
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => void read(signal.id)}
                >
                  {t.markRead}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
