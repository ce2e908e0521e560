/**
 * The audit trail for the beheerder: `GET /api/audit` pages through it newest first, filtered by
 * case, person concerned, user (who acted, or whose account was changed), action and period,
 * naming the damaged lines it passes; `GET /api/audit/verify` checks its hash chain and its
 * anchored head.
 * Every attempt at either is itself audited (NEN 7513), a refused one before anything is read.
 */
import type { FastifyInstance } from "fastify";
import {
  AuditQuerySchema,
  type AuditChainCheck,
  type AuditPage,
  type AuditQuery,
} from "../../../shared/api/audit.js";
import type { AuditEventInput } from "../../audit/auditEvent.js";
import { actorOf } from "../../audit/auditTrail.js";
import { forbidden } from "../../errors.js";
import { canReadAudit } from "../../policies/auditPolicy.js";
import { presentAuditPage } from "../../presenters/auditPresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

/** Registers the audit routes. */
export function registerAuditRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/audit", async (request): Promise<AuditPage> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    // Refused before the query is read: nothing a non-beheerder typed enters the trail.
    if (!canReadAudit(principal)) {
      ctx.audit.record({ action: "audit.read", actor, outcome: "denied" });
      throw forbidden();
    }
    const query = parse(AuditQuerySchema, request.query);
    ctx.audit.record({ action: "audit.read", actor, outcome: "allowed", ...readFacts(query) });
    return presentAuditPage(await ctx.audit.page(query), ctx.store.organisations);
  });

  app.get("/api/audit/verify", async (request): Promise<AuditChainCheck> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!canReadAudit(principal)) {
      ctx.audit.record({ action: "audit.verify", actor, outcome: "denied" });
      throw forbidden();
    }
    let check: AuditChainCheck | undefined;
    try {
      check = await ctx.audit.verify();
      return check;
    } finally {
      // Recorded with its outcome, so the trail shows when it was last found intact.
      ctx.audit.record({
        action: "audit.verify",
        actor,
        outcome: "allowed",
        detail: verifyFacts(check),
      });
    }
  });
}

/**
 * What an allowed read records: the case asked for (so the read is found per case and per person
 * of that case), the person asked for as its only subject (so the read is found in that person's
 * overview, not in those of the case's other persons), the person or user asked for as its target,
 * and the other filters and the page as small facts.
 */
function readFacts(
  query: AuditQuery,
): Pick<AuditEventInput, "caseId" | "targetId" | "detail" | "subjectIds"> {
  const detail: Record<string, string | number> = { limit: query.limit };
  if (query.before !== undefined) detail.before = query.before;
  if (query.action !== undefined) detail.action = query.action;
  if (query.from !== undefined) detail.from = query.from;
  if (query.to !== undefined) detail.to = query.to;
  // `targetId` holds one id: the person when the query names one, so a user asked for as well
  // goes into the detail.
  if (query.subjectId !== undefined && query.userId !== undefined) detail.userId = query.userId;
  return {
    caseId: query.caseId,
    targetId: query.subjectId ?? query.userId,
    detail,
    ...(query.subjectId === undefined ? {} : { subjectIds: [query.subjectId] }),
  };
}

/** What a chain check records: its outcome, or that it did not complete. */
function verifyFacts(check: AuditChainCheck | undefined): Record<string, number | boolean> {
  if (check === undefined) return { completed: false };
  const facts: Record<string, number | boolean> = { ok: check.ok, checked: check.checked };
  if (check.firstBadSeq !== null) facts.firstBadSeq = check.firstBadSeq;
  if (check.newestMissing) facts.newestMissing = true;
  return facts;
}
