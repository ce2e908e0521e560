/**
 * Refused access to case and meeting data and to accounts, audited in one place (NEN 7513: a
 * refused attempt is logged like a granted one). `AUDITED_ROUTES` names every route that reaches
 * such data by id and the action it performs; when its handler throws a 403 or 404 after the
 * caller was authenticated, the hook records the attempt as `denied` with the actor and the route
 * pattern. Start-up fails when a route with an id in its path is missing from the table, so a new
 * route cannot be forgotten.
 *
 * The entry names a case, overleg, action or account only by an id read back from the store, so
 * only when it exists: an id someone typed into a URL never enters the trail. The answer to the
 * caller (the same 404 for "unknown" and "not yours") is untouched; the trail is for the privacy
 * officer.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { actionApiId, parseActionApiId } from "../../shared/api/actions.js";
import type { ActionIndexRepository } from "../actions/actionIndexRepository.js";
import type { AuditAction, AuditEventInput } from "../audit/auditEvent.js";
import { actorOf, type AuditTrail } from "../audit/auditTrail.js";
import type { Principal } from "../auth/principal.js";
import { AppError, type ErrorCode } from "../errors.js";
import type { Store } from "../store/store.js";

/**
 * What a route's `:id` names: a case, an overleg, an overleg's slot (`:id/…/:slotId`), an action,
 * a user account, a partner organisation.
 */
export type AuditedResource = "case" | "meeting" | "slot" | "action" | "account" | "organisation";

/** How a route's refusals are audited: the action attempted and the resource its path names. */
export interface RouteAudit {
  action: AuditAction;
  resource: AuditedResource;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The authenticated caller once `requirePrincipal` resolved them; null before that. */
    principal: Principal | null;
  }
}

const audited = (action: AuditAction, resource: AuditedResource): RouteAudit => ({
  action,
  resource,
});

/**
 * Every route with an id in its path, by `METHOD pattern`: how its refusals are audited, or null
 * for a route that reaches no case or meeting data.
 */
export const AUDITED_ROUTES: Readonly<Record<string, RouteAudit | null>> = {
  "GET /api/cases/:id": audited("case.view", "case"),
  "POST /api/cases/:id/triage-besluit": audited("case.triage_decision", "case"),
  "GET /api/cases/:id/team/candidates": audited("case.view", "case"),
  "POST /api/cases/:id/team": audited("case.update", "case"),
  "PATCH /api/cases/:id/team/:userId": audited("case.update", "case"),
  "DELETE /api/cases/:id/team/:userId": audited("case.update", "case"),
  "GET /api/cases/:id/actions": audited("action.view", "case"),
  "GET /api/cases/:id/open-actions": audited("action.view", "case"),
  "GET /api/cases/:id/inzage/:betrokkeneId/:format": audited("case.export", "case"),
  "GET /api/cases/:id/overleggen": audited("meeting.view", "case"),
  "GET /api/cases/:id/overleggen/:slotId/verslag/:version/:format": audited(
    "verslag.export",
    "case",
  ),
  "POST /api/cases/:id/bewaartermijn": audited("case.retention_extend", "case"),
  "POST /api/cases/:id/bewaartermijn/intrekking": audited("case.retention_withdraw", "case"),
  "POST /api/cases/:id/afschaling": audited("case.update", "case"),
  "POST /api/cases/:id/verwijdering": audited("case.erase", "case"),
  "PATCH /api/actions/:id": audited("action.update", "action"),
  "GET /api/actions/:id/voortgang": audited("action.view", "action"),
  "POST /api/actions/:id/voortgang": audited("action.update", "action"),
  "GET /api/meetings/:id": audited("meeting.view", "meeting"),
  "PATCH /api/meetings/:id": audited("meeting.update", "meeting"),
  "GET /api/meetings/:id/verklaring": audited("meeting.view", "meeting"),
  "POST /api/meetings/:id/verklaring": audited("meeting.update", "meeting"),
  "POST /api/meetings/:id/start": audited("meeting.update", "meeting"),
  "POST /api/meetings/:id/end": audited("meeting.update", "meeting"),
  "GET /api/meetings/:id/slots/:slotId": audited("meeting.view", "slot"),
  "GET /api/meetings/:id/slots/:slotId/verslag": audited("meeting.view", "slot"),
  "POST /api/meetings/:id/slots/:slotId/verslag": audited("meeting.update", "slot"),
  "PUT /api/meetings/:id/slots/:slotId/verslag/samenvatting": audited("meeting.update", "slot"),
  "GET /api/meetings/:id/slots/:slotId/verslag/:version/:format": audited("verslag.export", "slot"),
  "POST /api/meetings/:id/slots/:slotId/phase": audited("case.update", "slot"),
  "POST /api/meetings/:id/slots/:slotId/correction": audited("meeting.update", "slot"),
  "POST /api/meetings/:id/slots/:slotId/follow-up": audited("meeting.update", "slot"),
  "POST /api/signals/:id/read": null,
  "PATCH /api/accounts/:id": audited("account.update", "account"),
  "POST /api/accounts/:id/password": audited("account.password", "account"),
  "PATCH /api/organisations/:id": audited("organisation.update", "organisation"),
};

/** The table key of a route; HEAD is answered by the GET route. */
function routeKey(method: string, url: string): string {
  return `${method === "HEAD" ? "GET" : method} ${url}`;
}

/** Throws when a route has an id in its path but no `AUDITED_ROUTES` entry (at start-up). */
export function checkAuditedRoute(method: string, url: string): void {
  if (url.includes("/:") && !(routeKey(method, url) in AUDITED_ROUTES)) {
    throw new Error(`${method} ${url} has an id in its path but no AUDITED_ROUTES entry`);
  }
}

/** What the hook needs to name the target of a refused request. */
export interface RefusalAuditDeps {
  store: Store;
  audit: AuditTrail;
  index: ActionIndexRepository;
}

/** The errors that refuse access (as opposed to bad input or a conflict). */
const REFUSALS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["forbidden", "not_found"]);

const PathIds = z.object({ id: z.string().optional(), slotId: z.string().optional() });

/** The case, overleg, action or account a refused request aimed at, named only when they exist. */
export function refusedTarget(
  deps: RefusalAuditDeps,
  resource: AuditedResource,
  params: unknown,
): Pick<AuditEventInput, "caseId" | "targetId"> {
  const parsed = PathIds.safeParse(params);
  const { id = "", slotId = "" } = parsed.success ? parsed.data : {};
  const knownCase = (caseId: string | undefined) =>
    caseId === undefined ? undefined : deps.store.cases.get(caseId)?.id;
  switch (resource) {
    case "case":
      return { caseId: knownCase(id) };
    case "meeting":
      return { targetId: deps.store.meetings.get(id)?.id };
    case "slot": {
      const meeting = deps.store.meetings.get(id);
      const slot = meeting?.agenda.find((s) => s.id === slotId);
      return { targetId: meeting?.id, caseId: knownCase(slot?.caseId) };
    }
    case "action": {
      const ids = parseActionApiId(id);
      const caseId = knownCase(ids?.caseId);
      const action = ids && caseId ? deps.index.get(caseId, ids.key) : undefined;
      return { caseId, targetId: action ? actionApiId(action.caseId, action.key) : undefined };
    }
    case "account":
      return { targetId: deps.store.users.get(id)?.id };
    case "organisation":
      return { targetId: deps.store.organisations.get(id)?.id };
  }
}

/**
 * Adds the request's `principal`, checks that every route with an id in its path is in
 * `AUDITED_ROUTES`, and adds the hook that audits refusals. Call before registering routes.
 */
export function registerRefusalAudit(app: FastifyInstance, deps: RefusalAuditDeps): void {
  app.decorateRequest("principal", null);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) checkAuditedRoute(method, route.url);
  });
  app.addHook("onError", async (request, _reply, error) => {
    const route = AUDITED_ROUTES[routeKey(request.method, request.routeOptions.url ?? "")];
    const principal = request.principal;
    if (principal && error instanceof AppError && error.denied !== undefined) {
      deps.audit.record({
        action: error.denied.action,
        actor: actorOf(principal),
        outcome: "denied",
        caseId: error.denied.caseId,
        detail: { status: error.status, route: request.routeOptions.url ?? "" },
      });
      return;
    }
    if (!route || !principal || !(error instanceof AppError) || !REFUSALS.has(error.code)) return;
    const target = refusedTarget(deps, route.resource, request.params);
    deps.audit.record({
      action: route.action,
      actor: actorOf(principal),
      outcome: "denied",
      ...(target.caseId !== undefined ? { caseId: target.caseId } : {}),
      ...(target.targetId !== undefined ? { targetId: target.targetId } : {}),
      detail: { status: error.status, route: request.routeOptions.url ?? "" },
    });
  });
}
