/** The plan's open actions, carried over to the top of a case's slot, with their latest progress. */
import type { CarriedActionView } from "../../shared/api/meetings.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";

const t = messages.meetings;

/** The carried-over open actions of the case. */
export function OpenActions({ actions, slotId }: { actions: CarriedActionView[]; slotId: string }) {
  return (
    <section className="mt-section mt-open-actions" aria-labelledby={`open-acties-${slotId}`}>
      <h3 id={`open-acties-${slotId}`}>{t.openActions}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t.noOpenActions}</p>
      ) : (
        <ul>
          {actions.map((a, i) => (
            <li key={a.id ?? i} className={a.overdue ? "mt-overdue" : undefined}>
              <strong>{a.text}</strong>
              <div className="muted">
                {[a.organisationName, a.responsible, a.dueDate && t.due(formatDate(a.dueDate))]
                  .filter(Boolean)
                  .join(" · ")}
                {a.overdue && <span className="tag mt-tag-late">{t.overdue}</span>}
              </div>
              {a.lastProgress && (
                <p className="mt-action-progress">
                  <span className="muted">
                    {t.lastProgress(formatDate(a.lastProgress.at), a.lastProgress.by)}
                  </span>{" "}
                  {a.lastProgress.text}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
