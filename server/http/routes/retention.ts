/**
 * Retention routes (shared/api/retention.ts): the beheerder reads and sets the period; a
 * procesregisseur extends one closed case with a reason. Both are audited with ids, dates and
 * numbers only: the reason stays with the case (it may name people) and is destroyed with it.
 */
import type { FastifyInstance } from "fastify";
import {
  RETENTION_SETTING_PATH,
  RetentionExtensionSchema,
  RetentionSettingSchema,
  type RetentionSettingView,
} from "../../../shared/api/retention.js";
import { actorOf } from "../../audit/auditTrail.js";
import { forbidden } from "../../errors.js";
import { mayManageRetention } from "../../policies/settingsPolicy.js";
import { presentCaseDetail } from "../../presenters/casePresenter.js";
import { extendRetention } from "../../retention/retentionExtender.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { CaseParamsSchema } from "../caseParams.js";

/** Registers the retention setting and the extension of one case. */
export function registerRetentionRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const settingView = (): RetentionSettingView => ({
    maanden: ctx.store.retention.months,
    bevestigd: ctx.store.retention.confirmed,
  });

  app.get(RETENTION_SETTING_PATH, async (request): Promise<RetentionSettingView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageRetention(principal)) throw forbidden();
    return settingView();
  });

  app.put(RETENTION_SETTING_PATH, async (request): Promise<RetentionSettingView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!mayManageRetention(principal)) {
      ctx.audit.record({ action: "settings.retention", actor, outcome: "denied" });
      throw forbidden();
    }
    const { maanden } = parse(RetentionSettingSchema, request.body);
    const before = ctx.store.retention.months;
    const wasConfirmed = ctx.store.retention.confirmed;
    await ctx.store.retention.setMonths(maanden);
    ctx.audit.record({
      action: "settings.retention",
      actor,
      outcome: "allowed",
      detail: { months: maanden, before, ...(wasConfirmed ? {} : { confirmed: true }) },
    });
    return settingView();
  });

  app.post("/api/cases/:id/bewaartermijn", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const body = parse(RetentionExtensionSchema, request.body);
    const extended = await extendRetention(ctx.store, principal, id, body, new Date());
    ctx.audit.record({
      action: "case.retention_extend",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: extended.id,
      detail: { until: body.tot },
    });
    return presentCaseDetail(ctx.store, extended, principal);
  });
}
