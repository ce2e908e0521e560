/**
 * An action's progress notes (voortgang), newest first, and for whoever may change the action a
 * form to add one. A note is only ever added: the server stamps who and when, and the plan's
 * editors see it appear on the action at once.
 */
import { useId, useState } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import { MAX_PROGRESS_NOTE_LENGTH } from "../../shared/domain/action.js";
import { errorMessage } from "../api/errorMessage.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { addActionProgress } from "./actionsApi.js";

const t = messages.actions;

/** The form that adds a note; `onAdded` receives the action with it. */
function ProgressForm({
  action,
  onAdded,
}: {
  action: ActionView;
  onAdded: (updated: ActionView) => void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error: string } | { added: true } | null>(null);

  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      onAdded(await addActionProgress(action.id, text.trim()));
      setText("");
      setOutcome({ added: true });
    } catch (failure) {
      setOutcome({ error: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="acties-voortgang-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() !== "") void submit();
      }}
    >
      <label htmlFor={id}>{t.progressAdd}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        maxLength={MAX_PROGRESS_NOTE_LENGTH}
        required
        onChange={(event) => setText(event.target.value)}
      />
      <button className="button button-primary" type="submit" disabled={busy}>
        {t.progressSubmit}
      </button>
      <span role="status">
        {busy ? t.saving : outcome && "added" in outcome ? t.progressAdded : ""}
      </span>
      {outcome && "error" in outcome && (
        <span role="alert" className="acties-error">
          {outcome.error}
        </span>
      )}
    </form>
  );
}

/** The notes of `action`, with the form when the caller may add one. */
export function ProgressNotes({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  const newestFirst = [...action.progress].reverse();
  return (
    <section className="acties-voortgang" aria-label={t.progressTitle}>
      <h3>{t.progressTitle}</h3>
      {newestFirst.length === 0 ? (
        <p className="muted">{t.progressNone}</p>
      ) : (
        <ol reversed>
          {newestFirst.map((note) => (
            <li key={`${note.at}-${note.by.userId}`}>
              <span className="acties-voortgang-stamp">
                {t.progressStamp(formatDate(note.at), note.by.displayName)}
              </span>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {action.mayChange && <ProgressForm action={action} onAdded={onChanged} />}
    </section>
  );
}
