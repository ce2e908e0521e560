/**
 * What the routes do after people were taken off a case's slots in overleggen not started yet (a
 * member left the case team, or the case closed): each overleg is audited as a `meeting.update`
 * per person taken off, naming the case, and its new plan announced to the screens that have it
 * open. Ids and enums only.
 */
import type { FastifyBaseLogger } from "fastify";
import { actorOf } from "../audit/auditTrail.js";
import type { Principal } from "../auth/principal.js";
import { announceMeetingPlan } from "../meetings/planAnnouncer.js";
import type { WithdrawnInvitation } from "../meetings/invitationWithdrawer.js";
import type { HttpContext } from "./context.js";

/** Why the invitations went, as the audit entry names it: `{ team: "remove" }`, `{ closed: true }`. */
export type WithdrawalCause = Record<string, string | boolean>;

/** Audits and announces each overleg of `withdrawn`. */
export async function reportWithdrawals(
  ctx: Pick<HttpContext, "audit" | "openDocument">,
  principal: Principal,
  caseId: string,
  withdrawn: readonly WithdrawnInvitation[],
  cause: WithdrawalCause,
  log: FastifyBaseLogger,
): Promise<void> {
  for (const { meeting, slots, userIds } of withdrawn) {
    for (const userId of userIds) {
      ctx.audit.record({
        action: "meeting.update",
        actor: actorOf(principal),
        outcome: "allowed",
        caseId,
        targetId: meeting.id,
        detail: { ...cause, uninvited: userId, slots },
      });
    }
    await announceMeetingPlan(ctx.openDocument, meeting, log);
  }
}
