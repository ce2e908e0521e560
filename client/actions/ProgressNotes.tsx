/**
 * An action's progress notes (voortgang), newest first, and for whoever may change the action a
 * form to add one. A note is only ever added: the server stamps who and when and keeps it.
 */
import type { ActionView } from "../../shared/api/actions.js";
import { formatDateMinutes } from "../format/date.js";
import { messages } from "../i18n/messages.js";
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
  const newestFirst = [...action.progress].reverse();
  return (
    <section className="acties-voortgang" aria-label={t.progressRegion(action.text)}>
      <h3>{t.progressTitle}</h3>
      {newestFirst.length === 0 ? (
        <p className="muted">{t.progressNone}</p>
      ) : (
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
