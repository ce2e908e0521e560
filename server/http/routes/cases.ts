/** Case routes. */
import type { FastifyInstance } from "fastify";
import { listVisibleCases } from "../../commands/caseLister.js";
import { presentCaseListItem } from "../../presenters/casePresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";

/** Registers GET /api/cases. */
export function registerCaseRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/cases", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    return { cases: listVisibleCases(ctx.store, principal).map(presentCaseListItem) };
  });
}
