/**
 * Action routes: the action list with its filters (ids and enums only in the query string), a
 * change to one action, and per case all actions with progress, or only the open ones (the
 * carry-over to the next casusoverleg's agenda).
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  ActionListQuerySchema,
  ActionPatchSchema,
  type ActionList,
  type ActionView,
  type CaseActions,
} from "../../../shared/api/actions.js";
import { changeAction } from "../../actions/actionChanger.js";
import {
  caseActionOverview,
  findCaseForActions,
  listVisibleActions,
} from "../../actions/actionLister.js";
import type { ActionsModule } from "../../actions/actionsModule.js";
import { dutchDate } from "../../actions/today.js";
import type { SessionService } from "../../auth/sessions.js";
import { presentAction } from "../../presenters/actionPresenter.js";
import type { Store } from "../../store/store.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

/** What the action and signal routes need. */
export interface ActionRoutesContext {
  store: Store;
  sessions: SessionService;
  actions: ActionsModule;
}

const ActionParamsSchema = z.object({ id: z.string().min(3).max(300) });
const CaseParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Registers `/api/actions`, `/api/actions/:id` and `/api/cases/:id/(open-)actions`. */
export function registerActionRoutes(app: FastifyInstance, ctx: ActionRoutesContext): void {
  const deps = { store: ctx.store, index: ctx.actions.index };
  const today = () => dutchDate(ctx.actions.now());

  app.get("/api/actions", async (request): Promise<ActionList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const query = parse(ActionListQuerySchema, request.query);
    return { actions: listVisibleActions(deps, principal, query, today()) };
  });

  app.patch("/api/actions/:id", async (request): Promise<ActionView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(ActionParamsSchema, request.params);
    const patch = parse(ActionPatchSchema, request.body);
    const changed = await changeAction(ctx.actions.changeDeps, principal, id, patch);
    request.log.info(
      { caseId: changed.case.id, userId: principal.userId, status: patch.status },
      "action changed",
    );
    const scores = ctx.actions.index.leefgebiedScoresOf(changed.case.id);
    return presentAction(ctx.store, changed.case, scores, changed.action, principal, today());
  });

  app.get("/api/cases/:id/actions", async (request): Promise<CaseActions> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    return caseActionOverview(deps, principal, id, today());
  });

  app.get("/api/cases/:id/open-actions", async (request): Promise<ActionList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    // The same 404 as the case itself for a case the caller may not see.
    findCaseForActions(ctx.store, principal, id);
    const query = parse(ActionListQuerySchema, {
      caseId: id,
      status: "open,in_uitvoering,te_laat",
    });
    return { actions: listVisibleActions(deps, principal, query, today()) };
  });
}
