/**
 * The report API as the Rapportages page uses it. The query string holds the period's two dates
 * and nothing else; without a period the server reports its default (the last twelve months).
 */
import { ReportSchema, type Report, type ReportPeriod } from "../../shared/api/reports.js";
import { requestJson } from "../api/http.js";

/** The period as a query string (empty for the server's default); it also keys the page's loads. */
export function reportQuery(period: ReportPeriod | null): string {
  if (period === null) return "";
  return new URLSearchParams({ from: period.from, to: period.to }).toString();
}

/** The report of the caller's region over `period`, or over the default period. */
export function fetchReport(period: ReportPeriod | null, signal?: AbortSignal): Promise<Report> {
  const query = reportQuery(period);
  return requestJson("GET", `/api/reports${query === "" ? "" : `?${query}`}`, ReportSchema, {
    signal,
  });
}
