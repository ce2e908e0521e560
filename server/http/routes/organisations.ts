/**
 * The region's partner organisations for the beheerder: list, add, rename or change the kind. The
 * list is no case data and reading it is not recorded; every change is audited with the
 * organisation's id and kind (a name is only "changed") and logged the same way. A refused change
 * of a known organisation is audited by the hook in refusalAudit.ts; a refused add here, before the
 * body is read.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  OrganisationChangeSchema,
  OrganisationCreateSchema,
  type OrganisationList,
  type OrganisationView,
} from "../../../shared/api/organisations.js";
import { actorOf } from "../../audit/auditTrail.js";
import { createOrganisation } from "../../commands/organisationCreator.js";
import { changeOrganisation } from "../../commands/organisationEditor.js";
import { forbidden } from "../../errors.js";
import { mayManageOrganisations } from "../../policies/organisationPolicy.js";
import {
  presentOrganisation,
  presentOrganisationList,
} from "../../presenters/organisationPresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

const OrganisationParams = z.object({ id: z.string().min(1).max(100) });

/** Registers GET and POST /api/organisations and PATCH /api/organisations/:id. */
export function registerOrganisationRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/organisations", async (request): Promise<OrganisationList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageOrganisations(principal)) throw forbidden();
    return presentOrganisationList(ctx.store.organisations.list(), ctx.store.users.list());
  });

  app.post("/api/organisations", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageOrganisations(principal)) {
      ctx.audit.record({
        action: "organisation.create",
        actor: actorOf(principal),
        outcome: "denied",
      });
      throw forbidden();
    }
    const body = parse(OrganisationCreateSchema, request.body);
    const organisation = await createOrganisation(ctx.store, principal, body);
    ctx.audit.record({
      action: "organisation.create",
      actor: actorOf(principal),
      outcome: "allowed",
      targetId: organisation.id,
      detail: { kind: organisation.kind },
    });
    request.log.info(
      { userId: principal.userId, organisationId: organisation.id },
      "organisation created",
    );
    return reply.status(201).send(presentOrganisation(organisation, ctx.store.users.list()));
  });

  app.patch("/api/organisations/:id", async (request): Promise<OrganisationView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageOrganisations(principal)) throw forbidden();
    const { id } = parse(OrganisationParams, request.params);
    const body = parse(OrganisationChangeSchema, request.body);
    const { organisation, changed } = await changeOrganisation(ctx.store, principal, id, body);
    if (changed.length > 0) {
      ctx.audit.record({
        action: "organisation.update",
        actor: actorOf(principal),
        outcome: "allowed",
        targetId: organisation.id,
        detail: { fields: changed.join(","), kind: organisation.kind },
      });
      request.log.info(
        { userId: principal.userId, organisationId: organisation.id, fields: changed },
        "organisation changed",
      );
    }
    return presentOrganisation(organisation, ctx.store.users.list());
  });
}
