/**
 * Rapportages: the management report of the procesregisseur's region over a chosen period
 * (by default the last twelve months). Counts, shares and medians only: no person, case or title.
 */
import { useEffect, useState } from "react";
import type { ReportPeriod } from "../../shared/api/reports.js";
import { shownValue, useLoader } from "../api/useLoader.js";
import { LoadFailure } from "../components/LoadFailure.js";
import { useDocumentTitle } from "../components/useDocumentTitle.js";
import { messages } from "../i18n/messages.js";
import { formatDay } from "../reports/reportFormat.js";
import { ReportPeriodForm } from "../reports/ReportPeriodForm.js";
import { periodOfValues, type ReportPeriodValues } from "../reports/reportPeriodForm.js";
import { fetchReport, reportQuery } from "../reports/reportsApi.js";
import {
  ActiesSection,
  DoorlooptijdSection,
  FasenSection,
  InstroomSection,
  OverleggenSection,
  TriageSection,
} from "../reports/ReportSections.js";

const t = messages.reports;

/** The Rapportages page. */
export function ReportsPage() {
  useDocumentTitle(t.title);
  // Null: the server's default period; the form shows it once the report is in.
  const [period, setPeriod] = useState<ReportPeriod | null>(null);
  const [values, setValues] = useState<ReportPeriodValues>({ from: "", to: "" });
  const [formError, setFormError] = useState<string | null>(null);
  const { state, reload } = useLoader(reportQuery(period), (signal) => fetchReport(period, signal));
  const report = shownValue(state);
  const shownFrom = report?.period.from;
  const shownTo = report?.period.to;

  // The form shows the period of the report on screen, also the default one the server chose.
  useEffect(() => {
    if (shownFrom !== undefined && shownTo !== undefined)
      setValues({ from: shownFrom, to: shownTo });
  }, [shownFrom, shownTo]);

  const apply = (next: ReportPeriod | null) => {
    setFormError(null);
    if (reportQuery(next) === reportQuery(period)) reload();
    else setPeriod(next);
  };
  const applyForm = () => {
    const parsed = periodOfValues(values);
    if (parsed.ok) apply(parsed.period);
    else setFormError(parsed.message);
  };

  return (
    <>
      <h1>{t.title}</h1>
      {report !== null && <p className="muted">{t.intro(report.regio)}</p>}
      <ReportPeriodForm
        values={values}
        error={formError}
        onChange={setValues}
        onApply={applyForm}
        onDefault={() => apply(null)}
      />
      {state.status === "failed" && <LoadFailure failure={state} onRetry={reload} />}
      {report === null && state.status === "loading" && <p role="status">{t.loading}</p>}
      {report !== null && (
        <div aria-busy={state.status === "loading"} className="rapport">
          <p role="status">
            {t.periodShown(formatDay(report.period.from), formatDay(report.period.to))}{" "}
            <span className="muted">{t.cohortNote}</span>
          </p>
          <InstroomSection instroom={report.instroom} />
          <TriageSection triage={report.triage} />
          <DoorlooptijdSection doorlooptijd={report.doorlooptijd} />
          <FasenSection fasen={report.fasen} today={report.today} />
          <OverleggenSection overleggen={report.overleggen} />
          <ActiesSection acties={report.acties} />
        </div>
      )}
    </>
  );
}
