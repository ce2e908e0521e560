/** GET /api/audit: the audit trail, filtered by case, person concerned or user; beheerder only. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actorOf } from "../../audit/auditTrail.js";
import { forbidden } from "../../errors.js";
import { canReadAudit } from "../../policies/auditPolicy.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "ongeldige id");
const AuditQuerySchema = z.object({
  caseId: id.optional(),
  subjectId: id.optional(),
  userId: id.optional(),
});

/** Registers the audit route. */
export function registerAuditRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/audit", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const filter = parse(AuditQuerySchema, request.query);
    const allowed = canReadAudit(principal);
    ctx.audit.record({
      action: "audit.read",
      actor: actorOf(principal),
      outcome: allowed ? "allowed" : "denied",
      caseId: filter.caseId,
      targetId: filter.subjectId ?? filter.userId,
    });
    if (!allowed) throw forbidden();
    return { entries: await ctx.audit.query(filter) };
  });
}
