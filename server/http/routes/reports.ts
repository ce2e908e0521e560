/**
 * `GET /api/reports?from=&to=`: the management report of the caller's region (procesregisseur).
 * The query holds two dates only. The report holds aggregates, no personal data, so its read is
 * audited (`report.view`) with the period and the number of cases counted, and without case ids:
 * it shows nothing of any one person. A refusal is audited too.
 */
import type { FastifyInstance } from "fastify";
import {
  ReportPeriodSchema,
  ReportQuerySchema,
  reportPeriodOf,
  type Report,
} from "../../../shared/api/reports.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { actorOf } from "../../audit/auditTrail.js";
import { forbidden } from "../../errors.js";
import { reportRegionOf } from "../../policies/reportPolicy.js";
import { buildRegionReport } from "../../reports/regionReport.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

/** Registers the report route. */
export function registerReportRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/reports", async (request): Promise<Report> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    const regio = reportRegionOf(principal);
    if (regio === null) {
      ctx.audit.record({ action: "report.view", actor, outcome: "denied" });
      throw forbidden();
    }
    const today = dutchDate(ctx.actions.now());
    const query = parse(ReportQuerySchema, request.query);
    const period = parse(ReportPeriodSchema, reportPeriodOf(query, today));
    const report = buildRegionReport(
      { store: ctx.store, index: ctx.actions.index },
      regio,
      period,
      today,
    );
    ctx.audit.record({
      action: "report.view",
      actor,
      outcome: "allowed",
      detail: { from: period.from, to: period.to, count: report.instroom.total },
    });
    return report;
  });
}
