/**
 * Signal routes: the caller's in-app signals with the unread count, and marking one read. A signal
 * shows its action (case data), so every read is audited with the cases it showed.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SignalList } from "../../../shared/api/actions.js";
import { listSignals } from "../../actions/signalLister.js";
import { actorOf } from "../../audit/auditTrail.js";
import { dutchDate } from "../../../shared/domain/regionTime.js";
import { notFound } from "../../errors.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { caseIdsOf, type ActionRoutesContext } from "./actions.js";

const SignalParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** Registers `GET /api/signals` and `POST /api/signals/:id/read`. */
export function registerSignalRoutes(app: FastifyInstance, ctx: ActionRoutesContext): void {
  const { actions } = ctx;

  app.get("/api/signals", async (request): Promise<SignalList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const deps = { store: ctx.store, index: actions.index, signals: actions.signals };
    const list = listSignals(deps, principal, dutchDate(actions.now()));
    const shown = list.signals.flatMap((s) => (s.action ? [s.action] : []));
    ctx.audit.record({
      action: "action.list",
      actor: actorOf(principal),
      outcome: "allowed",
      caseIds: caseIdsOf(shown),
      detail: { count: list.signals.length, signals: true },
    });
    return list;
  });

  app.post("/api/signals/:id/read", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id } = parse(SignalParamsSchema, request.params);
    const found = await actions.signals.markRead(principal.userId, id, actions.now().toISOString());
    if (!found) throw notFound();
    return reply.status(204).send();
  });
}
