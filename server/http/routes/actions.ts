/**
 * Action routes: the action list with its filters (ids and enums only in the query string), a
 * change to one action or a progress note on it, and per case all actions with how far they are,
 * or only the open ones (the carry-over to the next casusoverleg's agenda). Action texts are case
 * data: every read is audited with the cases it showed; a change by the extraction, a progress note
 * where it is added; refusals are audited by the hook in refusalAudit.ts.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  actionApiId,
  ActionListQuerySchema,
  ActionPatchSchema,
  ActionProgressInputSchema,
  type ActionList,
  type ActionProgressList,
  type ActionView,
  type CaseActions,
} from "../../../shared/api/actions.js";
import { changeAction } from "../../actions/actionChanger.js";
import { addActionProgress } from "../../actions/actionProgress.js";
import {
  caseActionOverview,
  findCaseForActions,
  findVisibleAction,
  listVisibleActions,
  refusedCaseFilter,
} from "../../actions/actionLister.js";
import type { ActionsModule } from "../../actions/actionsModule.js";
import { actorOf, type AuditTrail } from "../../audit/auditTrail.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import type { SessionService } from "../../auth/sessions.js";
import { presentAction, presentProgressNote } from "../../presenters/actionPresenter.js";
import type { Store } from "../../store/store.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { CaseParamsSchema } from "../caseParams.js";

/** What the action and signal routes need. */
export interface ActionRoutesContext {
  store: Store;
  sessions: SessionService;
  actions: ActionsModule;
  /** Every read of action data is recorded here. */
  audit: AuditTrail;
}

/** The ids of the cases the listed actions belong to, each once. */
export function caseIdsOf(actions: readonly { caseId: string }[]): string[] {
  return [...new Set(actions.map((a) => a.caseId))];
}

const ActionParamsSchema = z.object({ id: z.string().min(3).max(300) });

/**
 * Registers `/api/actions`, `/api/actions/:id(/voortgang)` and `/api/cases/:id/(open-)actions`.
 * Lists carry each action's newest progress note and how many it has; the notes are read one
 * action at a time, when its row opens.
 */
export function registerActionRoutes(app: FastifyInstance, ctx: ActionRoutesContext): void {
  const deps = { store: ctx.store, index: ctx.actions.index };
  const today = () => dutchDate(ctx.actions.now());

  app.get("/api/actions", async (request): Promise<ActionList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const query = parse(ActionListQuerySchema, request.query);
    const refused = refusedCaseFilter(ctx.store, principal, query);
    if (refused !== undefined) {
      // Answered as an unknown case would be (nothing), recorded as what it was: a refusal.
      ctx.audit.record({
        action: "action.list",
        actor: actorOf(principal),
        outcome: "denied",
        caseId: refused,
      });
      return { actions: [] };
    }
    const actions = listVisibleActions(deps, principal, query, today());
    ctx.audit.record({
      action: "action.list",
      actor: actorOf(principal),
      outcome: "allowed",
      caseIds: caseIdsOf(actions),
      detail: { count: actions.length },
    });
    return { actions };
  });

  app.patch("/api/actions/:id", async (request): Promise<ActionView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(ActionParamsSchema, request.params);
    const patch = parse(ActionPatchSchema, request.body);
    const result = await changeAction(ctx.actions.changeDeps, principal, id, patch);
    request.log.info(
      { caseId: result.case.id, userId: principal.userId, status: patch.status },
      "action changed",
    );
    if (!result.changed) {
      // Nothing changed, so the extraction audited nothing; the answer still shows the action.
      ctx.audit.record({
        action: "action.view",
        actor: actorOf(principal),
        outcome: "allowed",
        caseId: result.case.id,
        targetId: actionApiId(result.case.id, result.action.key),
        detail: { unchanged: true },
      });
    }
    const scores = ctx.actions.index.leefgebiedScoresOf(result.case.id);
    return presentAction(ctx.store, result.case, scores, result.action, principal, today());
  });

  app.post("/api/actions/:id/voortgang", async (request, reply): Promise<ActionView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(ActionParamsSchema, request.params);
    const input = parse(ActionProgressInputSchema, request.body);
    const changed = await addActionProgress(ctx.actions.changeDeps, principal, id, input);
    request.log.info(
      { caseId: changed.case.id, userId: principal.userId },
      "action progress added",
    );
    const scores = ctx.actions.index.leefgebiedScoresOf(changed.case.id);
    reply.code(201);
    return presentAction(ctx.store, changed.case, scores, changed.action, principal, today());
  });

  app.get("/api/actions/:id/voortgang", async (request): Promise<ActionProgressList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(ActionParamsSchema, request.params);
    const found = findVisibleAction(deps, principal, id);
    const notes = ctx.store.progress.of(found.case.id, found.action.key);
    ctx.audit.record({
      action: "action.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: found.case.id,
      targetId: actionApiId(found.case.id, found.action.key),
      detail: { count: notes.length, progress: true },
    });
    return { notes: notes.map((note) => presentProgressNote(ctx.store, note)) };
  });

  app.get("/api/cases/:id/actions", async (request): Promise<CaseActions> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    const overview = caseActionOverview(deps, principal, id, today());
    ctx.audit.record({
      action: "action.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: overview.caseId,
      detail: { count: overview.actions.length },
    });
    return overview;
  });

  app.get("/api/cases/:id/open-actions", async (request): Promise<ActionList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(CaseParamsSchema, request.params);
    // The same 404 as the case itself for a case the caller may not see.
    const found = findCaseForActions(ctx.store, principal, id);
    const query = parse(ActionListQuerySchema, {
      caseId: found.id,
      status: "open,in_uitvoering,te_laat",
    });
    const actions = listVisibleActions(deps, principal, query, today());
    ctx.audit.record({
      action: "action.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: found.id,
      detail: { count: actions.length, open: true },
    });
    return { actions };
  });
}
