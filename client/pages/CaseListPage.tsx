/** Casussen: the cases the signed-in user may see, as a table. Search and filters come later. */
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { CASE_KIND_LABELS, CASE_PHASE_LABELS } from "../../shared/domain/case.js";
import { fetchCases, type CaseSummary } from "../api/cases.js";
import { errorMessage } from "../api/errorMessage.js";
import { ApiError } from "../api/errors.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { formatDate } from "../format/date.js";
import { messages } from "../i18n/messages.js";
import { casePath } from "../navigation.js";

const t = messages.cases;
const UNAUTHORIZED = 401;

type CaseListLoad =
  | { status: "loading" }
  | { status: "failed"; message: string }
  | { status: "loaded"; cases: CaseSummary[] };

/** The case list page, loaded from `GET /api/cases`. */
export function CaseListPage() {
  const [load, setLoad] = useState<CaseListLoad>({ status: "loading" });
  useDocumentTitle(t.title);

  useEffect(() => {
    const controller = new AbortController();
    fetchCases(controller.signal).then(
      (cases) => setLoad({ status: "loaded", cases }),
      (error: unknown) => {
        // A 401 is handled by the session (it sends the user to login); nothing to show here.
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.status === UNAUTHORIZED) return;
        setLoad({ status: "failed", message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, []);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {load.status === "loading" && <p role="status">{t.loading}</p>}
      {load.status === "failed" && (
        <p role="alert" className="notice notice-error">
          {load.message}
        </p>
      )}
      {load.status === "loaded" && <CaseTable cases={load.cases} />}
    </>
  );
}

/** The table of cases, or a sentence when there are none. */
function CaseTable({ cases }: { cases: CaseSummary[] }) {
  if (cases.length === 0) return <p className="notice notice-info">{t.empty}</p>;
  return (
    <>
      <p className="muted">{t.count(cases.length)}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columnTitle}</th>
              <th scope="col">{t.columnPhase}</th>
              <th scope="col">{t.columnKind}</th>
              <th scope="col">{t.columnGemeente}</th>
              <th scope="col">{t.columnCreatedAt}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.id}>
                <th scope="row">
                  <Link to={casePath(item.id)}>{item.title}</Link>
                </th>
                <td>
                  <span className={`phase-tag phase-${item.phase}`}>
                    {CASE_PHASE_LABELS[item.phase]}
                  </span>
                </td>
                <td>{CASE_KIND_LABELS[item.kind]}</td>
                <td>{item.gemeente}</td>
                <td>
                  <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
