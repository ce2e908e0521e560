/**
 * One breakdown of a report as a table: a label, a count with a bar, and optionally a share. The
 * bar is a `<progress>` element (no inline styles under the strict CSP) hidden from screen readers,
 * which read the number beside it.
 */
import type { ReactNode } from "react";
import { messages } from "../i18n/messages.js";
import { formatShare } from "./reportFormat.js";

const t = messages.reports;

/** One row of a breakdown. */
export interface CountRow {
  key: string;
  label: ReactNode;
  count: number;
  /** Whole percent; rows of a table with shares always have one (null: nothing to share). */
  percentage?: number | null;
}

/** A table of counts; `withShare` adds the share column, `total` a last row with the sum. */
export function CountTable({
  caption,
  labelHeader,
  rows,
  withShare = false,
  total,
}: {
  caption: string;
  labelHeader: string;
  rows: readonly CountRow[];
  withShare?: boolean;
  total?: number;
}) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <div className="table-scroll rapport-table">
      <table className="data-table">
        <caption className="rapport-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="rapport-number">
              {t.columnCount}
            </th>
            {withShare && (
              <th scope="col" className="rapport-number">
                {t.columnShare}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="rapport-number">
                <span className="rapport-count">
                  <progress
                    className="rapport-bar"
                    max={max}
                    value={row.count}
                    aria-hidden="true"
                  />
                  {row.count}
                </span>
              </td>
              {withShare && (
                <td className="rapport-number">{formatShare(row.percentage ?? null)}</td>
              )}
            </tr>
          ))}
          {total !== undefined && (
            <tr className="rapport-total">
              <th scope="row">{t.total}</th>
              <td className="rapport-number">{total}</td>
              {withShare && <td />}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
