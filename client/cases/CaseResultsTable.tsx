/** The searched case list as a table with sortable columns (seed 000's columns). */
import { Link } from "react-router";
import type { CaseListRow, CaseSearchRequest } from "../../shared/api/cases.js";
import { CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { casePath } from "../navigation.js";
import { OordeelLabel } from "./OordeelLabel.js";

const t = messages.casussen.list;

type Sort = CaseSearchRequest["sort"];

/** The rows of one page; `onSort` asks for another order. */
export function CaseResultsTable(props: {
  rows: CaseListRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const header = (label: string, veld?: Sort["veld"]) => (
    <SortableHeader label={label} veld={veld} sort={props.sort} onSort={props.onSort} />
  );
  return (
    <div className="table-scroll">
      <table className="data-table cases-table">
        <caption className="visually-hidden">{t.tableCaption}</caption>
        <thead>
          <tr>
            {header(t.columnCase)}
            {header(t.columnNaam, "naam")}
            {header(t.columnWoonplaats, "woonplaats")}
            {header(t.columnGemeente, "gemeente")}
            {header(t.columnCreatedAt, "createdAt")}
            {header(t.columnPhase, "phase")}
            {header(t.columnOordeel)}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <CaseRow key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CaseRow({ row }: { row: CaseListRow }) {
  const others = row.betrokkenen - 1;
  return (
    <tr>
      <th scope="row">
        <Link to={casePath(row.id)}>{row.title}</Link>
        {row.nieuw && <span className="cases-new-tag">{t.nieuw}</span>}
      </th>
      <td>
        {row.naam}
        {others > 0 && (
          <span className="muted" title={t.moreBetrokkenenLabel(others)}>
            {" "}
            {t.moreBetrokkenen(others)}
            <span className="visually-hidden"> {t.moreBetrokkenenLabel(others)}</span>
          </span>
        )}
      </td>
      <td>{row.woonplaats}</td>
      <td>{row.gemeente}</td>
      <td>
        <time dateTime={row.createdAt}>{formatDate(row.createdAt)}</time>
      </td>
      <td>
        <span className={`phase-tag phase-${row.phase}`}>{CASE_PHASE_LABELS[row.phase]}</span>
        {row.openVragen !== null && (
          <span className="cases-open-questions"> ({t.openVragen(row.openVragen)})</span>
        )}
      </td>
      <td>
        <OordeelLabel oordeel={row.oordeel} />
      </td>
    </tr>
  );
}

/** A column header; a button that sorts when the column is sortable, with `aria-sort`. */
function SortableHeader(props: {
  label: string;
  veld: Sort["veld"] | undefined;
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const { label, veld, sort } = props;
  if (veld === undefined) return <th scope="col">{label}</th>;
  const active = sort.veld === veld;
  const ariaSort = active ? (sort.richting === "asc" ? "ascending" : "descending") : "none";
  const next: Sort = {
    veld,
    richting: active && sort.richting === "asc" ? "desc" : active ? "asc" : defaultDirection(veld),
  };
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button
        type="button"
        className="cases-sort"
        onClick={() => props.onSort(next)}
        title={t.sortBy(label)}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.richting === "asc" ? " ▲" : " ▼") : ""}</span>
      </button>
    </th>
  );
}

/** Dates start newest first; text columns start A to Z. */
function defaultDirection(veld: Sort["veld"]): Sort["richting"] {
  return veld === "createdAt" ? "desc" : "asc";
}
