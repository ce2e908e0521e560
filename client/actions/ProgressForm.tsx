/**
 * Adds a progress note (voortgang) to an action: a text of at most `MAX_PROGRESS_NOTE_LENGTH`
 * characters; the server stamps who and when. Used in the action tables and in the overleg.
 */
import { useId, useState } from "react";
import {
  ActionProgressInputSchema,
  cleanProgressNote,
  type ActionView,
} from "../../shared/api/actions.js";
import { MAX_PROGRESS_NOTE_LENGTH } from "../../shared/domain/action.js";
import { errorMessage } from "../api/errorMessage.js";
import { messages } from "../i18n/messages.js";
import { addActionProgress } from "./actionsApi.js";

const t = messages.actions;

/**
 * The form that adds a note to the action with API id `actionId` (`actionText` names it to a screen
 * reader, as several forms may be open); `onAdded` gets the action. The button stays focusable
 * while saving, so the keyboard stays in the form; the note goes in as the server will keep it.
 */
export function ProgressForm({
  actionId,
  actionText,
  onAdded,
}: {
  actionId: string;
  actionText: string;
  onAdded: (updated: ActionView) => void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ error: string } | { added: true } | null>(null);

  const submit = async () => {
    if (busy) return;
    const note = cleanProgressNote(text);
    const invalid = ActionProgressInputSchema.safeParse({ voortgang: note }).error;
    if (invalid) {
      setOutcome({ error: invalid.issues[0]?.message ?? t.progressEmpty });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      onAdded(await addActionProgress(actionId, note));
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
        void submit();
      }}
    >
      <label htmlFor={id}>
        {t.progressAdd}
        <span className="visually-hidden"> {t.progressFor(actionText)}</span>
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        maxLength={MAX_PROGRESS_NOTE_LENGTH}
        aria-describedby={`${id}-count`}
        onChange={(event) => {
          setText(event.target.value);
          setOutcome(null);
        }}
      />
      <span id={`${id}-count`} className="muted acties-voortgang-count">
        {t.progressCount(text.length, MAX_PROGRESS_NOTE_LENGTH)}
      </span>
      <button className="button button-primary" type="submit" aria-disabled={busy}>
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
