/**
 * A case's overleggen on its case page (shared/api/caseOverleggen.ts): the list, and a fixed
 * verslag downloaded from it. Refusals are audited by the hook in refusalAudit.ts.
 */
import type { FastifyInstance } from "fastify";
import {
  CaseVerslagParamsSchema,
  type CaseOverleggen,
} from "../../../shared/api/caseOverleggen.js";
import { actorOf } from "../../audit/auditTrail.js";
import { exportCaseVerslag, listCaseOverleggen } from "../../meetings/caseOverleggen.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { sendFile } from "../sendFile.js";
import { parse } from "../validate.js";
import { CaseParamsSchema } from "../caseParams.js";

/** Registers `GET /api/cases/:id/overleggen` and its verslag download. */
export function registerCaseOverlegRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const deps = { store: ctx.store, open: ctx.openDocument };

  app.get("/api/cases/:id/overleggen", async (request): Promise<CaseOverleggen> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const list = await listCaseOverleggen(deps, principal, id, ctx.meetings.now());
    // The overleggen of the case were seen: recorded as such, beside the case page's own view.
    ctx.audit.record({
      action: "meeting.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: id,
      detail: { overleggen: list.overleggen.length },
    });
    return list;
  });

  app.get("/api/cases/:id/overleggen/:slotId/verslag/:version/:format", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id, slotId, version, format } = parse(CaseVerslagParamsSchema, request.params);
    const { file, found } = await exportCaseVerslag(
      deps,
      principal,
      { caseId: id, slotId, version, format },
      ctx.meetings.now(),
    );
    ctx.audit.record({
      action: "verslag.export",
      actor: actorOf(principal),
      outcome: "allowed",
      targetId: found.meeting.id,
      caseId: found.caseRecord.id,
      detail: { format, version, fromCase: true },
    });
    return sendFile(reply, file);
  });
}
