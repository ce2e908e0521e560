/**
 * An action's progress notes (voortgang), newest first, and for whoever may change the action a
 * form to add one. A note is only ever added: the server stamps who and when and keeps it. The
 * list answers say how many there are; the notes are loaded when the row opens, and again when
 * that number changes.
 */
import type { ActionView, ProgressNoteView } from "../../shared/api/actions.js";
import { lastValue, useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { formatDateMinutes } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { fetchActionProgress } from "./actionsApi.js";
import { ProgressForm } from "./ProgressForm.js";

const t = messages.actions;

/** The notes of `action`, with the form when the caller may add one. */
export function ProgressNotes({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  return (
    <section className="acties-voortgang" aria-label={t.progressRegion(action.text)}>
      <h3>{t.progressTitle}</h3>
      {action.progressCount === 0 ? (
        <p className="muted">{t.progressNone}</p>
      ) : (
        <NoteList actionId={action.id} count={action.progressCount} />
      )}
      {action.mayChange && (
        <>
          <p className="muted">{t.progressWhoSees}</p>
          <ProgressForm actionId={action.id} actionText={action.text} onAdded={onChanged} />
        </>
      )}
    </section>
  );
}

/** The action's `count` notes, newest first, as the server has them. */
function NoteList({ actionId, count }: { actionId: string; count: number }) {
  const { state, reload } = useLoader(`${actionId}#${count}`, (signal) =>
    fetchActionProgress(actionId, signal),
  );
  const notes = lastValue(state);
  if (notes === null) {
    return state.status === "failed" ? (
      <LoadFailure failure={state} onRetry={reload} />
    ) : (
      <p role="status">{t.progressLoading}</p>
    );
  }
  return <NewestFirst notes={notes} />;
}

function NewestFirst({ notes }: { notes: readonly ProgressNoteView[] }) {
  const newestFirst = [...notes].reverse();
  return (
    <ol reversed>
      {newestFirst.map((note, i) => (
        // Notes are only added: the place from the end is stable.
        <li key={newestFirst.length - i}>
          <span className="acties-voortgang-stamp">
            {t.progressStamp(formatDateMinutes(note.at), note.by.displayName)}
          </span>
          <p>
            <bdi>{note.text}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
