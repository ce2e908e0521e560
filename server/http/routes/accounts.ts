/**
 * Account management for the beheerder: list, create, change (name, organisation, role, blocked)
 * and set a new password. Paths carry an account id only. Every change is audited with ids and
 * enums (never a name or a password) and logged the same way. A refused list or create is audited
 * here, before the body is read; a refused request on one account by the hook in refusalAudit.ts.
 * Blocking an account or setting its password ends the user's sessions; their open sockets close
 * through the store's notifications (`accessChanged` when blocked, `sessionEnded` for each session).
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  AccountChangeSchema,
  AccountCreateSchema,
  AccountPasswordSchema,
  type AccountList,
  type AccountView,
} from "../../../shared/api/accounts.js";
import { actorOf } from "../../audit/auditTrail.js";
import { createAccount, knownRegions } from "../../commands/accountCreator.js";
import { changeAccount } from "../../commands/accountEditor.js";
import { listAccounts } from "../../commands/accountLister.js";
import { setAccountPassword } from "../../commands/accountPasswordSetter.js";
import { forbidden } from "../../errors.js";
import { mayManageAccounts } from "../../policies/accountPolicy.js";
import { presentAccount, presentAccountList } from "../../presenters/accountPresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";
import { reportWithdrawals } from "../withdrawalReport.js";

const AccountParams = z.object({ id: z.string().min(1).max(100) });

/** Registers GET and POST /api/accounts, PATCH /api/accounts/:id and its password route. */
export function registerAccountRoutes(app: FastifyInstance, ctx: HttpContext): void {
  app.get("/api/accounts", async (request): Promise<AccountList> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    if (!mayManageAccounts(principal)) {
      ctx.audit.record({ action: "account.list", actor, outcome: "denied" });
      throw forbidden();
    }
    const accounts = listAccounts(ctx.store, principal);
    ctx.audit.record({
      action: "account.list",
      actor,
      outcome: "allowed",
      detail: { accounts: accounts.length },
    });
    return presentAccountList(accounts, ctx.store.organisations, knownRegions(ctx.store));
  });

  app.post("/api/accounts", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const actor = actorOf(principal);
    // Refused before the body is read: nothing a non-beheerder typed enters the trail.
    if (!mayManageAccounts(principal)) {
      ctx.audit.record({ action: "account.create", actor, outcome: "denied" });
      throw forbidden();
    }
    const body = parse(AccountCreateSchema, request.body);
    const account = await createAccount(ctx.store, principal, body);
    ctx.audit.record({
      action: "account.create",
      actor,
      outcome: "allowed",
      targetId: account.id,
      detail: { role: account.role, organisationId: account.organisationId },
    });
    request.log.info({ userId: principal.userId, accountId: account.id }, "account created");
    return reply.status(201).send(presentAccount(account, ctx.store.organisations));
  });

  app.patch("/api/accounts/:id", async (request): Promise<AccountView> => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageAccounts(principal)) throw forbidden();
    const { id } = parse(AccountParams, request.params);
    const body = parse(AccountChangeSchema, request.body);
    const { account, changed, sessionsEnded, uninvited } = await changeAccount(
      ctx.store,
      principal,
      id,
      body,
      ctx.meetings.now(),
    );
    if (changed.length > 0) {
      const detail: Record<string, string | number | boolean> = { fields: changed.join(",") };
      // The new role, organisation and state are ids and enums; a new name is only "changed".
      if (changed.includes("role")) detail.role = account.role;
      if (changed.includes("organisationId")) detail.organisationId = account.organisationId;
      if (changed.includes("regio")) detail.regio = account.regio;
      if (changed.includes("disabled")) detail.disabled = account.disabled;
      if (sessionsEnded > 0) detail.sessionsEnded = sessionsEnded;
      ctx.audit.record({
        action: "account.update",
        actor: actorOf(principal),
        outcome: "allowed",
        targetId: account.id,
        detail,
      });
      request.log.info(
        { userId: principal.userId, accountId: account.id, fields: changed, sessionsEnded },
        "account changed",
      );
      const cause = { account: changed.join(",") };
      for (const { caseId, withdrawn } of uninvited) {
        await reportWithdrawals(ctx, principal, caseId, withdrawn, cause, request.log);
      }
    }
    return presentAccount(account, ctx.store.organisations);
  });

  app.post("/api/accounts/:id/password", async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    if (!mayManageAccounts(principal)) throw forbidden();
    const { id } = parse(AccountParams, request.params);
    const { password } = parse(AccountPasswordSchema, request.body);
    const ended = await setAccountPassword(ctx.store, principal, id, password);
    ctx.audit.record({
      action: "account.password",
      actor: actorOf(principal),
      outcome: "allowed",
      targetId: id,
      detail: { sessionsEnded: ended.length },
    });
    request.log.info(
      { userId: principal.userId, accountId: id, sessionsEnded: ended.length },
      "account password set",
    );
    return reply.status(204).send();
  });
}
