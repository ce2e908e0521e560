/**
 * Refuses a state-changing API request (POST, PUT, PATCH, DELETE) that a page of another origin
 * sent, with 403 `foreign_origin`, before any route runs. The session cookie is `SameSite=Strict`
 * already, which keeps another *site* from riding it; this check also holds against a page on the
 * same site but another origin (another subdomain or port), and for the login itself, which carries
 * no cookie. A browser names the sender's origin in `Origin` on every such request, and it must be
 * one the server allows, as for the websocket upgrade; without `Origin`, `Sec-Fetch-Site` still
 * tells a request from another origin. A request with neither is not from a browser page (curl, a
 * test) and passes. Reads are not checked: without CORS headers no other origin reads an answer.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { foreignOrigin } from "../errors.js";

/** Methods that change something; the others only read. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether a browser sent this state-changing request from a page of an origin not in `allowed`. */
export function isFromForeignOrigin(
  request: Pick<FastifyRequest, "method" | "headers">,
  allowed: readonly string[],
): boolean {
  if (!STATE_CHANGING.has(request.method)) return false;
  const { origin } = request.headers;
  if (origin !== undefined) return !allowed.includes(origin);
  const site = request.headers["sec-fetch-site"];
  return site === "cross-site" || site === "same-site";
}

/** Adds the check to every request; `allowed` is read per request (known once listening). */
export function registerOriginCheck(app: FastifyInstance, allowed: () => readonly string[]): void {
  app.addHook("onRequest", (request, _reply, done) => {
    if (!isFromForeignOrigin(request, allowed())) return done();
    request.log.warn(
      { method: request.method, route: request.routeOptions.url ?? "(none)" },
      "request refused: sent from a foreign origin",
    );
    done(foreignOrigin());
  });
}
