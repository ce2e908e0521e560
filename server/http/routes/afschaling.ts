/**
 * The afschaling on the case page (shared/api/afschaling.ts): the case's casusregisseur and the
 * region's procesregisseurs bring it up to date, or close the case, after the overleg that started
 * it. Audited as `case.update` with the phases only; a closing's withdrawn invitations are audited
 * and announced as from the overleg.
 */
import type { FastifyInstance } from "fastify";
import { AfschalingChangeSchema } from "../../../shared/api/afschaling.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { actorOf } from "../../audit/auditTrail.js";
import { changeAfschaling } from "../../commands/afschalingChanger.js";
import { presentCaseDetail } from "../../presenters/casePresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { reportWithdrawals } from "../withdrawalReport.js";
import { CaseParamsSchema } from "../caseParams.js";

/** Registers `POST /api/cases/:id/afschaling`, answering the case page's data. */
export function registerAfschalingRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.post("/api/cases/:id/afschaling", async (request): Promise<CaseDetail> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const change = parse(AfschalingChangeSchema, request.body);
    const changed = await changeAfschaling(ctx.store, principal, id, change, new Date());
    ctx.audit.record({
      action: "case.update",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: changed.case.id,
      detail: { from: changed.record.from, to: changed.record.to },
    });
    const cause = { closed: true };
    await reportWithdrawals(ctx, principal, changed.case.id, changed.withdrawn, cause, request.log);
    return presentCaseDetail(ctx.store, changed.case, principal);
  });
}
