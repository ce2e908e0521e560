/** Previous / next paging under a list, with the current page in words. */
import { messages } from "../i18n/messages.js";

const t = messages.casussen.list;

/** Paging controls; hidden when everything fits on one page. */
export function Pager(props: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="cases-pager" aria-label={t.pagination}>
      <button
        type="button"
        className="button"
        disabled={props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        {t.previous}
      </button>
      <span aria-live="polite">{t.pageOf(props.page, pages)}</span>
      <button
        type="button"
        className="button"
        disabled={props.page >= pages}
        onClick={() => props.onPage(props.page + 1)}
      >
        {t.next}
      </button>
    </nav>
  );
}
