/**
 * A new deadline for one action, from the follow-up lists: what a casusregisseur agrees with a
 * partner between overleggen. The server writes it into the live plan, as a change in the plan
 * itself would be. A date already past is asked about first.
 */
import { useId, useState, type FormEvent } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import { todayIso } from "../case/caseContext.js";
import { errorMessage } from "../api/errorMessage.js";
import { formatDate } from "../format/date.js";
import { FormOutcome, type Outcome } from "../components/FormOutcome.js";
import { messages } from "../i18n/messages.js";
import { changeActionDueDate } from "./actionsApi.js";

const t = messages.actions;

/** The form; `onChanged` gets the action as the server stored it. */
export function DueDateForm({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  const base = useId();
  const [date, setDate] = useState(action.dueDate ?? "");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (date === "") {
      setOutcome({ ok: false, message: t.dueDateMissing });
      return;
    }
    if (date < todayIso() && !window.confirm(t.dueDatePastConfirm(formatDate(date)))) return;
    setBusy(true);
    setOutcome(null);
    try {
      const updated = await changeActionDueDate(action.id, date);
      setOutcome({ ok: true, message: t.dueDateChanged(formatDate(date)) });
      onChanged(updated);
    } catch (error: unknown) {
      setOutcome({ ok: false, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="acties-due-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field-compact">
        <label htmlFor={`${base}-due`}>{t.dueDateLabel}</label>
        <input
          id={`${base}-due`}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={busy}>
        {t.dueDateSave}
      </button>
      <FormOutcome outcome={outcome} />
    </form>
  );
}
