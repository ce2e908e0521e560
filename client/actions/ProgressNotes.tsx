/**
 * An action's progress notes (voortgang), newest first, and for whoever may change the action a
 * form to add one. A note is only ever added: the server stamps who and when and keeps it. The
 * list answers say how many there are and the newest; the notes are loaded when the row opens
 * (also when the list said none: someone may have added one since) and again after adding one,
 * and the row takes over the count and newest note of what was loaded.
 */
import { useEffect, useState } from "react";
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
  // Counts the notes added here: each one loads the list again.
  const [added, setAdded] = useState(0);
  const { state, reload } = useLoader(`${action.id}#${added}`, async (signal) => ({
    round: added,
    notes: await fetchActionProgress(action.id, signal),
  }));
  const notes = lastValue(state)?.notes ?? null;
  // Only the load made since the last note added here is compared: an older one is behind the row.
  const loaded =
    state.status === "loaded" && state.value.round === added ? state.value.notes : null;
  useEffect(() => {
    // What was loaded is newer than what the list said: the row shows it too.
    if (loaded === null || loaded.length === action.progressCount) return;
    onChanged({ ...action, progressCount: loaded.length, lastProgress: loaded.at(-1) ?? null });
  }, [loaded, action, onChanged]);
  return (
    <section className="acties-voortgang" aria-label={t.progressRegion(action.text)}>
      <h3>{t.progressTitle}</h3>
      {notes === null ? (
        state.status === "failed" ? (
          <LoadFailure failure={state} onRetry={reload} />
        ) : (
          <p role="status">{t.progressLoading}</p>
        )
      ) : notes.length === 0 ? (
        <p className="muted">{t.progressNone}</p>
      ) : (
        <NewestFirst notes={notes} />
      )}
      {action.mayChange && (
        <>
          <p className="muted">{t.progressWhoSees}</p>
          <ProgressForm
            actionId={action.id}
            actionText={action.text}
            onAdded={(updated) => {
              setAdded((n) => n + 1);
              onChanged(updated);
            }}
          />
        </>
      )}
    </section>
  );
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
