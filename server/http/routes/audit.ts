/**
 * The audit trail for the beheerder: `GET /api/audit` pages through it newest first, filtered by
 * case, person concerned, user (who acted, or whose account was changed), action and period,
 * naming the damaged lines it passes; `GET /api/audit/export` gives what the same filters select
 * as a CSV file; `GET /api/audit/verify` checks its hash chain and its anchored head.
 * Every attempt at either is itself audited (NEN 7513), a refused one before anything is read.
 */
import type { FastifyInstance } from "fastify";
import {
  AUDIT_EXPORT_PATH,
  AuditExportQuerySchema,
  AuditPersonLookupSchema,
  AuditQuerySchema,
  MAX_AUDIT_EXPORT,
  MAX_AUDIT_PAGE_SIZE,
  MAX_AUDIT_PERSONS,
  personIdsOf,
  type AuditChainCheck,
  type AuditPage,
  type AuditPersons,
  type AuditDamagedLine,
  type AuditEntryView,
  type AuditExportQuery,
  type AuditQuery,
} from "../../../shared/api/audit.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { auditCsv } from "../../audit/auditCsv.js";
import type { AuditEventInput } from "../../audit/auditEvent.js";
import { actorOf } from "../../audit/auditTrail.js";
import { findPersonIds } from "../../audit/personIds.js";
import { badRequest, forbidden } from "../../errors.js";
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

  app.get(AUDIT_EXPORT_PATH, async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!canReadAudit(principal)) {
      ctx.audit.record({ action: "audit.read", actor, outcome: "denied" });
      throw forbidden();
    }
    const filter = parse(AuditExportQuerySchema, request.query);
    const facts = readFacts(filter);
    ctx.audit.record({
      action: "audit.read",
      actor,
      outcome: "allowed",
      ...facts,
      detail: { ...facts.detail, export: true },
    });
    const { entries, damaged } = await readForExport(ctx, filter);
    const organisationName = (id: string) => ctx.store.organisations.get(id)?.name ?? id;
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header(
        "content-disposition",
        `attachment; filename="audittrail-${dutchDate(new Date())}.csv"`,
      )
      .send(auditCsv(entries, damaged, organisationName));
  });

  // The BSN travels in the body, never in a URL; the trail records whom it found, by id only.
  app.post("/api/audit/persons", async (request): Promise<AuditPersons> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!canReadAudit(principal)) {
      ctx.audit.record({ action: "audit.read", actor, outcome: "denied" });
      throw forbidden();
    }
    const lookup = parse(AuditPersonLookupSchema, request.body);
    const found = findPersonIds(ctx.store, lookup, MAX_AUDIT_PERSONS);
    ctx.audit.record({
      action: "audit.read",
      actor,
      outcome: "allowed",
      subjectIds: found.subjectIds,
      caseIds: found.caseIds,
      detail: { personLookup: true, found: found.subjectIds.length },
    });
    return { subjectIds: found.subjectIds, cases: found.caseIds.length };
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
  query: AuditExportQuery & Partial<Pick<AuditQuery, "limit" | "before">>,
): Pick<AuditEventInput, "caseId" | "targetId" | "detail" | "subjectIds"> {
  const detail: Record<string, string | number | boolean> = {};
  if (query.limit !== undefined) detail.limit = query.limit;
  if (query.before !== undefined) detail.before = query.before;
  if (query.action !== undefined) detail.action = query.action;
  if (query.from !== undefined) detail.from = query.from;
  if (query.to !== undefined) detail.to = query.to;
  // `targetId` holds one id: the person when the query names one, so a user asked for as well
  // goes into the detail.
  if (query.subjectId !== undefined && query.userId !== undefined) detail.userId = query.userId;
  return {
    caseId: query.caseId,
    targetId: query.subjectId === undefined ? query.userId : personIdsOf(query.subjectId)[0],
    detail,
    ...(query.subjectId === undefined ? {} : { subjectIds: personIdsOf(query.subjectId) }),
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

/**
 * Every entry the filter selects, oldest first, with the damaged lines met (each once); a 400 when
 * they are more than one export holds.
 */
async function readForExport(
  ctx: HttpContext,
  filter: AuditExportQuery,
): Promise<{ entries: AuditEntryView[]; damaged: AuditDamagedLine[] }> {
  const entries: AuditEntryView[] = [];
  const damaged = new Map<string, AuditDamagedLine>();
  let before: number | undefined;
  do {
    const page = await ctx.audit.page({ ...filter, limit: MAX_AUDIT_PAGE_SIZE, before });
    entries.push(...page.entries);
    for (const run of page.damaged) damaged.set(`${run.file}:${run.line}`, run);
    if (entries.length > MAX_AUDIT_EXPORT) {
      throw badRequest(
        `Ongeldige invoer: de selectie telt meer dan ${MAX_AUDIT_EXPORT} regels. Kies een kortere periode of een filter.`,
      );
    }
    before = page.nextBefore ?? undefined;
  } while (before !== undefined);
  return { entries: entries.reverse(), damaged: [...damaged.values()] };
}
