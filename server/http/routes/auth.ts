/** Login, logout, the current user, and what is left of the session. */
import type { FastifyInstance } from "fastify";
import {
  LoginRequestSchema,
  OWN_PASSWORD_PATH,
  OwnPasswordChangeSchema,
  type SessionTimeLeft,
} from "../../../shared/api/auth.js";
import { actorOf } from "../../audit/auditTrail.js";
import { SESSION_COOKIE } from "../../auth/sessions.js";
import { changeOwnPassword } from "../../commands/ownPasswordChanger.js";
import { authenticateUser } from "../../commands/userAuthenticator.js";
import {
  invalidCredentials,
  sessionExpired,
  tooManyAttempts,
  unauthenticated,
} from "../../errors.js";
import { presentPrincipal } from "../../presenters/userPresenter.js";
import type { HttpContext } from "../context.js";
import { requirePrincipal } from "../requestAuth.js";
import { parse } from "../validate.js";

/**
 * Registers POST /api/auth/login, POST /api/auth/logout, GET /api/me and changing one's own
 * password (POST /api/me/wachtwoord).
 */
export function registerAuthRoutes(app: FastifyInstance, ctx: HttpContext): void {
  const cookieOptions = {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: ctx.config.secureCookies,
  } as const;

  app.post("/api/auth/login", async (request, reply) => {
    const body = parse(LoginRequestSchema, request.body);
    const outcome = await authenticateUser(ctx.store, ctx.throttle, { ...body, ip: request.ip });
    if (!outcome.ok) {
      // The account an attempt was aimed at, by id (never the typed username, which may be a
      // mistyped password), so attacks on one account are found; and whether the throttle refused.
      ctx.audit.record({
        action: "auth.login_failed",
        actor: { kind: "system", component: "login" },
        outcome: "denied",
        ...(outcome.accountId === null ? {} : { targetId: outcome.accountId }),
        detail: { address: request.ip, ...(outcome.blocked ? { throttled: true } : {}) },
      });
      throw outcome.blocked ? tooManyAttempts() : invalidCredentials();
    }
    const user = outcome.user;
    const { token } = await ctx.sessions.create(user.id);
    const resolved = await ctx.sessions.resolve(token);
    if (!resolved.ok) throw new Error("a fresh session did not resolve");
    request.log.info({ userId: user.id }, "login");
    // From where (NEN 7513: the workstation), as the server sees it: behind a trusted proxy
    // (TRUST_PROXY) the client's address, else the address the request came from.
    ctx.audit.record({
      action: "auth.login",
      actor: actorOf(resolved.principal),
      outcome: "allowed",
      detail: { address: request.ip },
    });
    return reply
      .setCookie(SESSION_COOKIE, token, cookieOptions)
      .send({ user: presentPrincipal(resolved.principal) });
  });

  app.post("/api/auth/logout", async (request, reply) => {
    const current = await ctx.sessions.resolve(request.cookies[SESSION_COOKIE]);
    if (current.ok) {
      ctx.audit.record({
        action: "auth.logout",
        actor: actorOf(current.principal),
        outcome: "allowed",
      });
    }
    // Its sockets close through the store's `sessionEnded`.
    await ctx.sessions.destroy(request.cookies[SESSION_COOKIE]);
    return reply.clearCookie(SESSION_COOKIE, cookieOptions).status(204).send();
  });

  // Not through requirePrincipal: asking how long the session has left is no activity.
  app.get("/api/session", (request): SessionTimeLeft => {
    const left = ctx.sessions.timeLeft(request.cookies[SESSION_COOKIE]);
    if (left === "expired") throw sessionExpired();
    if (typeof left === "string") throw unauthenticated();
    return left;
  });

  app.get("/api/me", async (request) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    return { user: presentPrincipal(principal) };
  });

  app.post(OWN_PASSWORD_PATH, async (request, reply) => {
    const principal = await requirePrincipal(ctx.sessions, request);
    const change = parse(OwnPasswordChangeSchema, request.body);
    let ended: string[];
    try {
      ended = await changeOwnPassword(ctx.store, ctx.throttle, principal, change, request.ip);
    } catch (error) {
      ctx.audit.record({
        action: "account.password",
        actor: actorOf(principal),
        outcome: "denied",
        targetId: principal.userId,
        detail: { own: true },
      });
      throw error;
    }
    ctx.audit.record({
      action: "account.password",
      actor: actorOf(principal),
      outcome: "allowed",
      targetId: principal.userId,
      detail: { own: true, sessionsEnded: ended.length },
    });
    request.log.info(
      { userId: principal.userId, sessionsEnded: ended.length },
      "own password changed",
    );
    return reply.status(204).send();
  });
}
