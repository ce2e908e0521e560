/**
 * Quick status change for one action: a select of the stored statuses. Choosing `vervallen` asks
 * for the reason first. The change goes to the server, which makes it in the live plan document.
 */
import { useId, useState } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import {
  ACTION_STATUS_LABELS,
  ACTION_STATUSES,
  type ActionStatus,
} from "../../shared/domain/action.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { changeActionStatus } from "./actionsApi.js";

const t = messages.actions;

/** The select (and, for vervallen, the reason form) of one action. */
export function StatusChanger({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  const base = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [askReason, setAskReason] = useState(false);
  const [reason, setReason] = useState("");

  const send = async (status: ActionStatus, vervallenReden?: string) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeActionStatus(action.id, status, vervallenReden));
      setAskReason(false);
      setReason("");
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="acties-status-changer">
      <label className="visually-hidden" htmlFor={`${base}-status`}>
        {t.statusFor(action.text)}
      </label>
      <select
        id={`${base}-status`}
        value={askReason ? "vervallen" : (action.status ?? "open")}
        // Not `disabled` while saving: that would drop the keyboard user's focus to the page.
        aria-disabled={busy}
        onChange={(event) => {
          if (busy) return;
          const next = event.target.value as ActionStatus;
          if (next === "vervallen") setAskReason(true);
          else void send(next);
        }}
      >
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {ACTION_STATUS_LABELS[status]}
          </option>
        ))}
      </select>
      {askReason && (
        <form
          className="acties-reason"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() !== "") void send("vervallen", reason.trim());
          }}
        >
          <label htmlFor={`${base}-reason`}>{t.reasonLabel}</label>
          <input
            id={`${base}-reason`}
            value={reason}
            maxLength={500}
            required
            onChange={(event) => setReason(event.target.value)}
          />
          <button className="button button-primary" type="submit" disabled={busy}>
            {t.reasonSubmit}
          </button>
          <button className="button button-quiet" type="button" onClick={() => setAskReason(false)}>
            {t.reasonCancel}
          </button>
        </form>
      )}
      {busy && <span role="status">{t.saving}</span>}
      {error && (
        <span role="alert" className="acties-error">
          {error}
        </span>
      )}
    </div>
  );
}
