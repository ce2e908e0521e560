/**
 * Actions as a table: text, case, who, deadline, status (quick change when allowed) and the
 * attention score; on expand the progress notes (and adding one), a new deadline (when allowed),
 * the score's reasons, the problems and the history.
 */
import { Fragment, useState } from "react";
import { Link } from "react-router";
import type { ActionView } from "../../shared/api/actions.js";
import { ACTION_STATUS_LABELS } from "../../shared/domain/action.js";
import { ACTION_SCORE_LABELS } from "../../shared/triage/scoreAction.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { casePath } from "../navigation.js";
import { DueDateForm } from "./DueDateForm.js";
import { ProgressNotes } from "./ProgressNotes.js";
import { ResponsibleForm } from "./ResponsibleForm.js";
import { StatusChanger } from "./StatusChanger.js";

const t = messages.actions;

/** Who carries out the action, as one line. */
export function whoOf(action: ActionView): string {
  const person =
    action.responsible === null
      ? null
      : action.responsible.type === "name"
        ? action.responsible.name
        : action.responsible.active
          ? action.responsible.displayName
          : t.responsibleWithoutAccess(action.responsible.displayName);
  return (
    [person, action.organisationName].filter((x) => x !== null && x !== "").join(", ") || t.noOwner
  );
}

const names = (people: { displayName: string }[]) => people.map((p) => p.displayName).join(", ");

/** The expanded details of one action. */
function ActionDetails({
  action,
  onChanged,
}: {
  action: ActionView;
  onChanged: (updated: ActionView) => void;
}) {
  return (
    <div className="acties-details">
      <ProgressNotes action={action} onChanged={onChanged} />
      {action.mayChange && action.removed === null && (
        <>
          <DueDateForm action={action} onChanged={onChanged} />
          <ResponsibleForm action={action} onChanged={onChanged} />
        </>
      )}
      <h3>{t.reasonsTitle}</h3>
      <ul>
        {action.score.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {action.problems.length > 0 && (
        <>
          <h3>{t.problemsTitle}</h3>
          <ul>
            {action.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      {action.completedAt && action.completedBy && (
        <p>{t.completedBy(formatDate(action.completedAt), action.completedBy.displayName)}</p>
      )}
      {action.vervallenReden && <p>{t.vervallenBecause(action.vervallenReden)}</p>}
      {action.removed && (
        <p>{t.removedBy(formatDate(action.removed.at), names(action.removed.by))}</p>
      )}
      <p className="muted">
        {t.lastChanged(formatDate(action.lastChangedAt), names(action.lastChangedBy))}
      </p>
    </div>
  );
}

/** One action's row and, when expanded, its details row. */
function ActionRow({
  action,
  showCase,
  onChanged,
}: {
  action: ActionView;
  showCase: boolean;
  onChanged: (updated: ActionView) => void;
}) {
  const [open, setOpen] = useState(false);
  const late = action.effectiveStatus === "te_laat";
  const columns = showCase ? 7 : 6;
  const latest = action.lastProgress;
  const details =
    action.progressCount > 0 ? `${t.details} ${t.detailsCount(action.progressCount)}` : t.details;
  return (
    <Fragment>
      <tr
        className={`acties-row${late ? " acties-row-late" : ""}${action.removed ? " acties-row-removed" : ""}`}
        data-action-id={action.id}
      >
        <th scope="row">
          {action.text}
          {action.onvolledig && (
            <span className="acties-tag acties-tag-onvolledig">{t.onvolledig}</span>
          )}
          {action.removed && <span className="acties-tag">{t.removed}</span>}
          {latest && (
            <span className="acties-last-voortgang">{t.lastProgress(formatDate(latest.at))}</span>
          )}
        </th>
        {showCase && (
          <td>
            <Link to={casePath(action.caseId)}>{action.caseTitle}</Link>
          </td>
        )}
        <td>{whoOf(action)}</td>
        <td className="acties-due">
          {action.dueDate ? (
            <time dateTime={action.dueDate}>{formatDate(action.dueDate)}</time>
          ) : (
            t.noDueDate
          )}
        </td>
        <td>
          {action.mayChange ? (
            <StatusChanger action={action} onChanged={onChanged} />
          ) : (
            <span className="acties-status">
              {action.effectiveStatus ? ACTION_STATUS_LABELS[action.effectiveStatus] : t.onvolledig}
            </span>
          )}
          {late && action.mayChange && (
            <span className="acties-tag acties-tag-late">{ACTION_STATUS_LABELS.te_laat}</span>
          )}
        </td>
        <td>
          <span className={`acties-score acties-score-${action.score.label}`}>
            {t.scoreLabel(ACTION_SCORE_LABELS[action.score.label], action.score.score)}
          </span>
        </td>
        <td>
          <button
            type="button"
            className="button button-quiet"
            aria-expanded={open}
            // The visible name first, then which action: several rows have the same button.
            aria-label={`${details} ${t.detailsFor(action.text)}`}
            onClick={() => setOpen(!open)}
          >
            {details}
          </button>
        </td>
      </tr>
      {open && (
        <tr className="acties-details-row">
          <td colSpan={columns}>
            <ActionDetails action={action} onChanged={onChanged} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

/** The table; `onChanged` receives an action after a status change or a new progress note. */
export function ActionTable({
  actions,
  caption,
  showCase = true,
  onChanged,
}: {
  actions: ActionView[];
  caption: string;
  showCase?: boolean;
  onChanged: (updated: ActionView) => void;
}) {
  // The wrapper scrolls the table sideways on a narrow screen instead of squeezing its columns.
  return (
    <div className="table-scroll acties-scroll">
      <table className="data-table acties-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columnAction}</th>
            {showCase && <th scope="col">{t.columnCase}</th>}
            <th scope="col">{t.columnWho}</th>
            <th scope="col">{t.columnDue}</th>
            <th scope="col">{t.columnStatus}</th>
            <th scope="col">{t.columnScore}</th>
            <th scope="col">
              <span className="visually-hidden">{t.details}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} showCase={showCase} onChanged={onChanged} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
