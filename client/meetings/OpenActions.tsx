/**
 * The plan's open actions, carried over to the top of a case's slot, with their latest progress;
 * whoever may change an action adds a note there as the table hears how it stands.
 */
import { useState } from "react";
import type { ActionView } from "../../shared/api/actions.js";
import type { CarriedActionView } from "../../shared/api/meetings.js";
import { ProgressForm } from "../actions/ProgressForm.js";
import { formatDate, formatDateMinutes } from "../format/date.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

type LastProgress = CarriedActionView["lastProgress"];

/** The latest note of an action as the action API answered it after adding one. */
function lastProgressOf(action: ActionView): LastProgress {
  const latest = action.lastProgress;
  return latest === null ? null : { ...latest, by: latest.by.displayName };
}

/** One carried-over action: its facts, its latest note and, when allowed, adding one. */
function OpenAction({ action }: { action: CarriedActionView }) {
  // The note added here until the slot's next load brings it (or a later one) along.
  const [added, setAdded] = useState<LastProgress>(null);
  const lastProgress =
    added !== null && (action.lastProgress === null || added.at > action.lastProgress.at)
      ? added
      : action.lastProgress;
  const [adding, setAdding] = useState(false);
  const progressActionId = action.progressActionId;
  return (
    <li className={action.overdue ? "mt-overdue" : undefined}>
      <strong>{action.text}</strong>
      <div className="muted">
        {[
          action.organisationName,
          action.responsible,
          action.dueDate && t.due(formatDate(action.dueDate)),
        ]
          .filter(Boolean)
          .join(" · ")}
        {action.overdue && <span className="tag mt-tag-late">{t.overdue}</span>}
      </div>
      {lastProgress && (
        <p className="mt-action-progress">
          <span className="muted">
            {t.lastProgress(formatDateMinutes(lastProgress.at), lastProgress.by)}
          </span>{" "}
          <bdi>{lastProgress.text}</bdi>
        </p>
      )}
      {progressActionId !== null && (
        <>
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={adding}
            aria-label={t.addProgressFor(action.text)}
            onClick={() => setAdding(!adding)}
          >
            {t.addProgress}
          </button>
          {adding && (
            <ProgressForm
              actionId={progressActionId}
              actionText={action.text}
              onAdded={(updated) => setAdded(lastProgressOf(updated))}
            />
          )}
        </>
      )}
    </li>
  );
}

/** The carried-over open actions of the case. */
export function OpenActions({ actions, slotId }: { actions: CarriedActionView[]; slotId: string }) {
  return (
    <section className="mt-section mt-open-actions" aria-labelledby={`open-acties-${slotId}`}>
      <h3 id={`open-acties-${slotId}`}>{t.openActions}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t.noOpenActions}</p>
      ) : (
        <ul>
          {actions.map((action, i) => (
            <OpenAction key={action.id ?? i} action={action} />
          ))}
        </ul>
      )}
    </section>
  );
}
