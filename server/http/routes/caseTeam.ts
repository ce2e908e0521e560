/**
 * Case team routes (casusteam). The team itself is part of the case detail (`GET /api/cases/:id`),
 * which everyone who may see the case reads; these routes are for its manager, a procesregisseur
 * with write access (casePolicy's `mayManageCaseTeam`). Paths carry the case id and a member's user
 * id only. Each change answers the case detail as it is after the change and is audited as a
 * `case.update`; a refused request is audited by the hook in refusalAudit.ts. A removal also takes
 * the member off the case's slots in the overleggen not started yet: each such overleg is audited
 * as a `meeting.update` and its new plan announced to the screens that have it open.
 */
import type { FastifyInstance, FastifyBaseLogger } from "fastify";
import { z } from "zod";
import {
  TeamMemberAddSchema,
  TeamMemberChangeSchema,
  type TeamCandidates,
} from "../../../shared/api/caseTeam.js";
import type { CaseDetail } from "../../../shared/api/cases.js";
import { actorOf } from "../../audit/auditTrail.js";
import type { Principal } from "../../auth/principal.js";
import { listTeamCandidates } from "../../commands/caseTeamCandidates.js";
import {
  addTeamMember,
  changeTeamMember,
  removeTeamMember,
  type TeamChange,
} from "../../commands/caseTeamEditor.js";
import { presentCaseDetail } from "../../presenters/casePresenter.js";
import { presentTeamCandidates } from "../../presenters/caseTeamPresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { reportWithdrawals } from "../withdrawalReport.js";

const id = z.string().min(1).max(100);
const CaseParams = z.object({ id });
const MemberParams = z.object({ id, userId: id });

/** What a team change was, as the audit trail and the log name it. */
type TeamStep = "add" | "change" | "remove";

/** Registers the case team routes: candidates, add, change and remove. */
export function registerCaseTeamRoutes(app: FastifyInstance, ctx: HttpContext): void {
  /**
   * Audits and logs a change (ids and enums only), announces the new plan of every overleg it took
   * the member off, then answers the case as it is now.
   */
  const answer = async (
    principal: Principal,
    step: TeamStep,
    change: TeamChange,
    log: FastifyBaseLogger,
  ): Promise<CaseDetail> => {
    const { caseRecord, member, steppedDown, withdrawn } = change;
    ctx.audit.record({
      action: "case.update",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: caseRecord.id,
      targetId: member.userId,
      detail: {
        team: step,
        caseRole: member.caseRole,
        readOnly: member.readOnly,
        ...(steppedDown !== null ? { steppedDown } : {}),
        ...(withdrawn.length > 0 ? { overleggen: withdrawn.length } : {}),
      },
    });
    await reportWithdrawals(ctx, principal, caseRecord.id, withdrawn, { team: step }, log);
    log.info(
      {
        caseId: caseRecord.id,
        userId: principal.userId,
        memberId: member.userId,
        step,
        overleggen: withdrawn.length,
      },
      "case team changed",
    );
    return presentCaseDetail(ctx.store, caseRecord, principal);
  };

  app.get("/api/cases/:id/team/candidates", async (request): Promise<TeamCandidates> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: caseId } = parse(CaseParams, request.params);
    const { caseRecord, candidates } = listTeamCandidates(ctx.store, principal, caseId);
    ctx.audit.record({
      action: "case.view",
      actor: actorOf(principal),
      outcome: "allowed",
      caseId: caseRecord.id,
      detail: { teamCandidates: candidates.length },
    });
    return presentTeamCandidates(ctx.store, candidates);
  });

  app.post("/api/cases/:id/team", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: caseId } = parse(CaseParams, request.params);
    const body = parse(TeamMemberAddSchema, request.body);
    const change = await addTeamMember(ctx.store, principal, caseId, body);
    return reply.status(201).send(await answer(principal, "add", change, request.log));
  });

  app.patch("/api/cases/:id/team/:userId", async (request): Promise<CaseDetail> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: caseId, userId } = parse(MemberParams, request.params);
    const body = parse(TeamMemberChangeSchema, request.body);
    const change = await changeTeamMember(ctx.store, principal, caseId, userId, body);
    return answer(principal, "change", change, request.log);
  });

  app.delete("/api/cases/:id/team/:userId", async (request): Promise<CaseDetail> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const { id: caseId, userId } = parse(MemberParams, request.params);
    const change = await removeTeamMember(ctx.store, principal, caseId, userId, ctx.meetings.now());
    return answer(principal, "remove", change, request.log);
  });
}
