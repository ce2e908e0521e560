/**
 * `POST /api/cases/:id/verwijdering`: a procesregisseur erases a registration made in error
 * (server/commands/caseEraser.ts, which audits it). Answers 204; the case is gone on every path.
 */
import type { FastifyInstance } from "fastify";
import { CaseErasureSchema } from "../../../shared/api/caseErasure.js";
import { eraseCase } from "../../commands/caseEraser.js";
import { CaseParamsSchema } from "../caseParams.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

/** Registers the erasure route. */
export function registerCaseErasureRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.post("/api/cases/:id/verwijdering", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const { reden } = parse(CaseErasureSchema, request.body);
    const deps = {
      store: ctx.store,
      audit: ctx.audit,
      collab: { removeDocument: ctx.removeDocument },
      open: ctx.openDocument,
      index: ctx.actions.index,
      signals: ctx.actions.signals,
      logger: request.log,
    };
    await eraseCase(deps, principal, id, reden, new Date());
    return reply.code(204).send();
  });
}
