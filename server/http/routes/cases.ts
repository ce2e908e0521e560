/**
 * Case routes. Search terms are personal data (names, BSN, dates of birth), so the search is a
 * POST with a JSON body: nothing personal ever appears in a URL or in a request log line. A
 * refused request on one case is audited by the hook in refusalAudit.ts. The inzageoverzicht of a
 * person concerned is in server/inzage/.
 */
import type { FastifyInstance } from "fastify";
import {
  CaseCreateSchema,
  CaseSearchSchema,
  TriageBesluitSchema,
  type AanmeldOpties,
  type CaseSearchResult,
} from "../../../shared/api/cases.js";
import { InzageParamsSchema } from "../../../shared/api/inzage.js";
import { actorOf } from "../../audit/auditTrail.js";
import { exportInzage } from "../../inzage/inzageExport.js";
import { listVisibleCases } from "../../commands/caseLister.js";
import { openCase } from "../../commands/caseOpener.js";
import { mayRegisterCase } from "../../policies/casePolicy.js";
import { registerCase } from "../../commands/caseRegistrar.js";
import { searchVisibleCases } from "../../commands/caseSearcher.js";
import { decideTriage } from "../../commands/caseTriageDecider.js";
import { forbidden } from "../../errors.js";
import {
  presentCaseDetail,
  presentCaseListItem,
  presentCaseListRow,
} from "../../presenters/casePresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { sendFile } from "../sendFile.js";
import { parse } from "../validate.js";
import { reportWithdrawals } from "../withdrawalReport.js";
import { CaseParamsSchema } from "../caseParams.js";

/** Registers the case list, search, registration, case detail and triage decision routes. */
export function registerCaseRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/cases", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const cases = listVisibleCases(ctx.store, principal);
    ctx.audit.record({
      action: "case.list",
      actor: actorOf(principal),
      outcome: "allowed",
      caseIds: cases.map((c) => c.id),
      detail: { count: cases.length },
    });
    return { cases: cases.map(presentCaseListItem) };
  });

  app.post("/api/cases/search", async (request): Promise<CaseSearchResult> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const search = parse(CaseSearchSchema, request.body);
    const page = searchVisibleCases(ctx.store, principal, search);
    // The term itself is personal data: the trail records only that one was used, and which
    // cases the page showed (each row names its first person concerned).
    ctx.audit.record({
      action: "case.search",
      actor: actorOf(principal),
      outcome: "allowed",
      caseIds: page.cases.map((c) => c.id),
      detail: { total: page.total, withTerm: search.zoekterm !== "" },
    });
    // Field by field: the page holds the stored records, which never leave the server.
    return {
      items: page.cases.map((c) => presentCaseListRow(c, principal)),
      total: page.total,
      page: page.page,
      pageSize: page.pageSize,
      gemeenten: page.gemeenten,
      regios: page.regios,
    };
  });

  app.get("/api/cases/aanmeldopties", async (request): Promise<AanmeldOpties> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayRegisterCase(principal)) throw forbidden();
    return { organisations: ctx.store.organisations.list() };
  });

  app.post("/api/cases", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const body = parse(CaseCreateSchema, request.body);
    const created = await registerCase(ctx.store, principal, body);
    request.log.info({ caseId: created.id, userId: principal.userId }, "case registered");
    ctx.audit.record({
      action: "case.create",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: created.id,
    });
    return reply.status(201).send({ id: created.id });
  });

  app.get("/api/cases/:id", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const found = await openCase(ctx.store, principal, id);
    ctx.audit.record({
      action: "case.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: found.id,
    });
    return presentCaseDetail(ctx.store, found, principal);
  });

  app.post("/api/cases/:id/triage-besluit", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const body = parse(TriageBesluitSchema, request.body);
    const { caseRecord: decided, withdrawn } = await decideTriage(
      ctx.store,
      principal,
      id,
      body,
      ctx.evaluateTriage,
    );
    request.log.info(
      { caseId: decided.id, userId: principal.userId, besluit: body.besluit },
      "triage decided",
    );
    ctx.audit.record({
      action: "case.triage_decision",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: decided.id,
      detail: { besluit: body.besluit },
    });
    await reportWithdrawals(ctx, principal, decided.id, withdrawn, { closed: true }, request.log);
    return presentCaseDetail(ctx.store, decided, principal);
  });

  app.get("/api/cases/:id/inzage/:betrokkeneId/:format", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id, betrokkeneId, format } = parse(InzageParamsSchema, request.params);
    const { store, openDocument: open, audit, templates } = ctx;
    const sources = { store, open, audit, templates };
    const exported = await exportInzage(sources, principal, id, betrokkeneId, format, new Date());
    // About this person only: the other persons of the case must not find the request in theirs.
    ctx.audit.record({
      action: "case.export",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: id,
      caseIds: exported.caseIds.filter((other) => other !== id),
      subjectIds: exported.subjectIds,
      detail: { format, cases: exported.caseIds.length, accessEntries: exported.accessEntries },
    });
    return sendFile(reply, exported.file);
  });
}
