/**
 * The plan's open actions, carried over to the top of a case's slot, with their latest progress;
 * whoever may change an action adds a note there as the table hears how it stands. The slot loads
 * again when an action changes elsewhere: an action whose note form is open stays on screen when
 * it is no longer open (done or lapsed at a desk meanwhile), saying so, so the note being typed is
 * not lost; it goes once the form is closed.
 */
import { useCallback, useState } from "react";
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
function OpenAction({
  action,
  closedMeanwhile,
  onFormOpen,
}: {
  action: CarriedActionView;
  /** True when the action is no longer open: it is shown only because its form is open. */
  closedMeanwhile: boolean;
  onFormOpen: (action: CarriedActionView, open: boolean) => void;
}) {
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
        {action.overdue && !closedMeanwhile && <span className="tag mt-tag-late">{t.overdue}</span>}
      </div>
      {closedMeanwhile && (
        <p className="notice notice-info" role="status">
          {t.closedMeanwhile}
        </p>
      )}
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
            onClick={() => {
              onFormOpen(action, !adding);
              setAdding(!adding);
            }}
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
  // Actions whose note form is open, by the id notes are added with, as last seen.
  const [withForm, setWithForm] = useState<ReadonlyMap<string, CarriedActionView>>(new Map());
  const onFormOpen = useCallback((action: CarriedActionView, open: boolean) => {
    const id = action.progressActionId;
    if (id === null) return;
    setWithForm((before) => {
      const after = new Map(before);
      if (open) after.set(id, action);
      else after.delete(id);
      return after;
    });
  }, []);
  const openIds = new Set(actions.map((action) => action.progressActionId));
  const closedMeanwhile = [...withForm.entries()]
    .filter(([id]) => !openIds.has(id))
    .map(([, action]) => action);
  return (
    <section className="mt-section mt-open-actions" aria-labelledby={`open-acties-${slotId}`}>
      <h3 id={`open-acties-${slotId}`}>{t.openActions}</h3>
      {actions.length === 0 && closedMeanwhile.length === 0 ? (
        <p className="muted">{t.noOpenActions}</p>
      ) : (
        <ul>
          {/* One list, so an action that stops being open keeps its form (and what is typed). */}
          {[
            ...actions.map((action) => ({ action, closed: false })),
            ...closedMeanwhile.map((action) => ({ action, closed: true })),
          ].map(({ action, closed }, i) => (
            <OpenAction
              key={action.progressActionId ?? action.id ?? i}
              action={action}
              closedMeanwhile={closed}
              onFormOpen={onFormOpen}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
