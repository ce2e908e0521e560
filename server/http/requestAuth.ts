/** Resolves the acting user of an HTTP request (or websocket upgrade) from the session cookie. */
import type { IncomingMessage } from "node:http";
import { fastifyCookie } from "@fastify/cookie";
import type { FastifyRequest } from "fastify";
import { BACKGROUND_REQUEST_HEADER, OWN_PASSWORD_PATH } from "../../shared/api/auth.js";
import type { Principal } from "../auth/principal.js";
import { SESSION_COOKIE, type SessionService } from "../auth/sessions.js";
import { passwordChangeRequired, sessionExpired, unauthenticated } from "../errors.js";

/** Reads the session token from a raw Cookie header. */
export function sessionTokenOf(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? fastifyCookie.parse(header)[SESSION_COOKIE] : undefined;
}

/**
 * The routes a user whose password a beheerder set may use: who they are, and choosing their own
 * password. Everything else answers 403 `password_change_required` until they did.
 */
const OPEN_BEFORE_OWN_PASSWORD: ReadonlySet<string> = new Set(["/api/me", OWN_PASSWORD_PATH]);

/**
 * The principal of an API request; throws 401 (unauthenticated or session expired) otherwise, and
 * 403 while the user has yet to replace a password a beheerder set. The principal is kept on the
 * request, so that a refusal later in the handler is audited with its actor (refusalAudit.ts). The
 * request counts as activity unless the page marked it as its own.
 */
export async function requirePrincipal(
  sessions: SessionService,
  request: FastifyRequest,
): Promise<Principal> {
  const activity = request.headers[BACKGROUND_REQUEST_HEADER] !== "1";
  const result = await sessions.resolve(request.cookies[SESSION_COOKIE], { activity });
  if (!result.ok) throw result.reason === "expired" ? sessionExpired() : unauthenticated();
  const route = request.routeOptions.url ?? "";
  if (result.principal.mustChangePassword && !OPEN_BEFORE_OWN_PASSWORD.has(route)) {
    throw passwordChangeRequired();
  }
  request.principal = result.principal;
  return result.principal;
}

/**
 * The principal of a websocket upgrade request, or null (also while the user has yet to replace a
 * password a beheerder set). Opening a socket is no activity: a page
 * reconnects by itself after a break, and what the user does on it (an edit) counts on its own.
 */
export async function principalOfUpgrade(
  sessions: SessionService,
  req: IncomingMessage,
): Promise<Principal | null> {
  const result = await sessions.resolve(sessionTokenOf(req), { activity: false });
  // Not before the user replaced a password a beheerder set: no document opens for them yet.
  return result.ok && !result.principal.mustChangePassword ? result.principal : null;
}
