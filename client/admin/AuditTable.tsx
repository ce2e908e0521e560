/**
 * Audit entries as a table, newest first: when, who (username, organisation, role), what, the
 * outcome, and the cases, persons and document by id. An id is a button that narrows the trail to
 * it, so the beheerder can go from one entry to the overview of that case, person or user. A line
 * of the trail that could not be read stands in its place as a "Beschadigde regel" row that names
 * the file and line number only.
 */
import {
  targetsAccount,
  type AuditDamagedLine,
  type AuditEntryView,
  type AuditFilter,
} from "../../shared/api/audit.js";
import type { AuditAction } from "../../shared/domain/auditAction.js";
import { ROLE_LABELS, type Role } from "../../shared/domain/roles.js";
import { formatDateTime } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { auditRows } from "./auditRows.js";

const t = messages.audit;

/** More ids than this in one cell fold away behind a count. */
const FOLD_AFTER = 3;

/** Narrows the trail to one id. */
type OnFilter = (patch: Pick<AuditFilter, "caseId" | "subjectId" | "userId">) => void;

/** The Dutch name of an action, or the stored name when the page has none for it. */
export function actionLabel(action: string): string {
  return action in t.actionLabels ? t.actionLabels[action as AuditAction] : t.unknownAction(action);
}

/** The Dutch name of a role, or the stored name of an unknown one. */
function roleLabel(role: string): string {
  return role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role;
}

/** The cases an entry names: its case and the cases a list showed, each once. */
export function casesOf(entry: AuditEntryView): string[] {
  return [...new Set([...(entry.caseId ? [entry.caseId] : []), ...(entry.caseIds ?? [])])];
}

/** Ids as filter buttons; many fold away behind a count. */
function IdList({
  ids,
  count,
  labelOf,
  onPick,
}: {
  ids: string[];
  count: (n: number) => string;
  labelOf: (id: string) => string;
  onPick: (id: string) => void;
}) {
  if (ids.length === 0) return null;
  const list = (
    <ul className="audit-ids">
      {ids.map((id) => (
        <li key={id}>
          <button
            type="button"
            className="audit-id"
            title={labelOf(id)}
            aria-label={labelOf(id)}
            onClick={() => onPick(id)}
          >
            {id}
          </button>
        </li>
      ))}
    </ul>
  );
  if (ids.length <= FOLD_AFTER) return list;
  return (
    <details>
      <summary>{count(ids.length)}</summary>
      {list}
    </details>
  );
}

/** Who acted: the user with organisation and role, or the system component. */
function Who({
  entry,
  organisations,
  onFilter,
}: {
  entry: AuditEntryView;
  organisations: Record<string, string>;
  onFilter: OnFilter;
}) {
  const { actor } = entry;
  if (actor.kind === "system") {
    return (
      <>
        {t.system}
        <span className="audit-sub">{actor.component}</span>
      </>
    );
  }
  return (
    <>
      <button
        type="button"
        className="audit-id"
        title={t.filterOnUser(actor.username)}
        aria-label={t.filterOnUser(actor.username)}
        onClick={() => onFilter({ userId: actor.userId })}
      >
        {actor.username}
      </button>
      <span className="audit-sub">
        {organisations[actor.organisationId] ?? actor.organisationId}
      </span>
      <span className="audit-sub">{roleLabel(actor.role)}</span>
    </>
  );
}

/** The target id and the small facts of an entry; a changed account's id narrows to that user. */
function Details({ entry, onFilter }: { entry: AuditEntryView; onFilter: OnFilter }) {
  const facts = Object.entries(entry.detail ?? {});
  const { targetId } = entry;
  if (targetId === undefined && facts.length === 0) return null;
  return (
    <dl className="audit-details">
      {targetId !== undefined && (
        <div>
          <dt>{t.target}</dt>
          <dd>
            {targetsAccount(entry.action) ? (
              <button
                type="button"
                className="audit-id"
                title={t.filterOnAccount(targetId)}
                aria-label={t.filterOnAccount(targetId)}
                onClick={() => onFilter({ userId: targetId })}
              >
                {targetId}
              </button>
            ) : (
              targetId
            )}
          </dd>
        </div>
      )}
      {facts.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Lines that could not be read (one or a run of them): their place, never their content. */
function DamagedRow({ line }: { line: AuditDamagedLine }) {
  return (
    <tr className="audit-row-damaged" data-damaged={`${line.file}:${line.line}`}>
      <th scope="row">{t.damaged}</th>
      <td colSpan={7}>
        {line.lines === 1
          ? t.damagedLine(line.file, line.line)
          : t.damagedLines(line.file, line.line, line.lastLine, line.lines)}
      </td>
    </tr>
  );
}

/** The table of entries, with the damaged lines among them in their place. */
export function AuditTable({
  entries,
  damaged,
  organisations,
  onFilter,
}: {
  entries: AuditEntryView[];
  damaged: AuditDamagedLine[];
  organisations: Record<string, string>;
  onFilter: OnFilter;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columnWhen}</th>
            <th scope="col">{t.columnWho}</th>
            <th scope="col">{t.columnAction}</th>
            <th scope="col">{t.columnOutcome}</th>
            <th scope="col">{t.columnCases}</th>
            <th scope="col">{t.columnSubjects}</th>
            <th scope="col">{t.columnDocument}</th>
            <th scope="col">{t.columnDetails}</th>
          </tr>
        </thead>
        <tbody>
          {auditRows(entries, damaged).map((row) =>
            row.kind === "damaged" ? (
              <DamagedRow key={`${row.line.file}:${row.line.line}`} line={row.line} />
            ) : (
              <EntryRow
                key={row.entry.seq}
                entry={row.entry}
                organisations={organisations}
                onFilter={onFilter}
              />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

/** One entry as a row. */
function EntryRow({
  entry,
  organisations,
  onFilter,
}: {
  entry: AuditEntryView;
  organisations: Record<string, string>;
  onFilter: OnFilter;
}) {
  return (
    <tr
      data-seq={entry.seq}
      className={entry.outcome === "denied" ? "audit-row-denied" : undefined}
    >
      <th scope="row" className="audit-when">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        <span className="audit-sub">{t.seq(entry.seq)}</span>
      </th>
      <td>
        <Who entry={entry} organisations={organisations} onFilter={onFilter} />
      </td>
      <td>{actionLabel(entry.action)}</td>
      <td>
        {entry.outcome === "denied" ? <span className="audit-denied">{t.denied}</span> : t.allowed}
      </td>
      <td>
        <IdList
          ids={casesOf(entry)}
          count={t.caseCount}
          labelOf={t.filterOnCase}
          onPick={(caseId) => onFilter({ caseId })}
        />
      </td>
      <td>
        <IdList
          ids={entry.subjectIds}
          count={t.subjectCount}
          labelOf={t.filterOnSubject}
          onPick={(subjectId) => onFilter({ subjectId })}
        />
      </td>
      <td className="audit-doc">{entry.docName}</td>
      <td>
        <Details entry={entry} onFilter={onFilter} />
      </td>
    </tr>
  );
}
