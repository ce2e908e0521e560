/**
 * Retention routes (shared/api/retention.ts): the beheerder reads and sets the period; a
 * procesregisseur extends one closed case with a reason, or withdraws its latest extension. All
 * are audited with ids, dates and numbers only: the reason stays with the case (it may name
 * people) and is destroyed with it.
 */
import type { FastifyInstance } from "fastify";
import {
  RETENTION_PREVIEW_PATH,
  RETENTION_SETTING_PATH,
  RetentionExtensionSchema,
  RetentionPreviewQuerySchema,
  RetentionSettingChangeSchema,
  RetentionWithdrawalSchema,
  type RetentionPreview,
  type RetentionSettingView,
} from "../../../shared/api/retention.js";
import { actorOf } from "../../audit/auditTrail.js";
import { conflict, forbidden } from "../../errors.js";
import { mayManageRetention } from "../../policies/settingsPolicy.js";
import { presentCaseDetail } from "../../presenters/casePresenter.js";
import { withdrawRetentionExtension } from "../../retention/extensionWithdrawal.js";
import { extendRetention } from "../../retention/retentionExtender.js";
import { casesDestroyedBy } from "../../retention/retentionPreview.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { CaseParamsSchema } from "../caseParams.js";

/** Why a period that destroys cases is refused until the request confirms their number. */
function destroyMessage(months: number, cases: number): string {
  const what = cases === 1 ? "1 gesloten casus" : `${cases} gesloten casussen`;
  return `Met een bewaartermijn van ${months} maanden ${cases === 1 ? "wordt" : "worden"} ${what} bij de eerstvolgende dagelijkse ronde vernietigd. Bevestig dat eerst.`;
}

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

  // Counts only: no case is named, so asking is not recorded.
  app.get(RETENTION_PREVIEW_PATH, async (request): Promise<RetentionPreview> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageRetention(principal)) throw forbidden();
    const { maanden } = parse(RetentionPreviewQuerySchema, request.query);
    return { maanden, teVernietigen: casesDestroyedBy(ctx.store, maanden, new Date()) };
  });

  app.put(RETENTION_SETTING_PATH, async (request): Promise<RetentionSettingView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!mayManageRetention(principal)) {
      ctx.audit.record({ action: "settings.retention", actor, outcome: "denied" });
      throw forbidden();
    }
    const { maanden, teVernietigen } = parse(RetentionSettingChangeSchema, request.body);
    const destroys = casesDestroyedBy(ctx.store, maanden, new Date());
    if (destroys > 0 && teVernietigen !== destroys)
      throw conflict(destroyMessage(maanden, destroys));
    const before = ctx.store.retention.months;
    const wasConfirmed = ctx.store.retention.confirmed;
    await ctx.store.retention.setMonths(maanden);
    ctx.audit.record({
      action: "settings.retention",
      actor,
      outcome: "allowed",
      detail: {
        months: maanden,
        before,
        ...(wasConfirmed ? {} : { confirmed: true }),
        ...(destroys > 0 ? { destroys } : {}),
      },
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

  app.post("/api/cases/:id/bewaartermijn/intrekking", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const body = parse(RetentionWithdrawalSchema, request.body);
    const withdrawn = await withdrawRetentionExtension(ctx.store, principal, id, body, new Date());
    ctx.audit.record({
      action: "case.retention_withdraw",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: withdrawn.case.id,
      detail: {
        withdrawn: withdrawn.withdrawnUntil,
        until: withdrawn.retention.keptUntil,
        ...(withdrawn.due ? { due: true } : {}),
        ...(withdrawn.due && withdrawn.awaitsConfirmation ? { awaitsConfirmation: true } : {}),
      },
    });
    return presentCaseDetail(ctx.store, withdrawn.case, principal);
  });
}
