/**
 * Refuses, with 403 `foreign_origin` before any route runs, a request that a page of another origin
 * sent: every API request (a read can be audited, an export built, by an `<img>` on a sibling
 * subdomain) and any change elsewhere. The session cookie is `SameSite=Strict` already, which keeps
 * another *site* from riding it; this check also holds against a page on the same site but another
 * origin (another subdomain or port), and for the login itself, which carries no cookie.
 *
 * A browser names the sender: `Sec-Fetch-Site` says whether the request came from the same origin,
 * and `Origin` (on every change, and on reads that ask for CORS) which origin it was. An `Origin`
 * must be one the server allows, as for the websocket upgrade, except `null` from the same origin
 * (the app's `no-referrer` policy makes a browser send that on a form post). Without `Origin`, a
 * request marked `cross-site` or `same-site` is refused. A request with neither header is not from
 * a browser page (curl, a test) and passes; so does the user's own navigation (`none`), and a page
 * of Casustafel opened from a link elsewhere (only API requests are checked for reads).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { foreignOrigin } from "../errors.js";
import { isApiPath } from "./apiPath.js";

/** Methods that change something; the others only read. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Whether a browser sent this request from a page of an origin not in `allowed`. */
export function isFromForeignOrigin(
  request: Pick<FastifyRequest, "method" | "url" | "headers">,
  allowed: readonly string[],
): boolean {
  if (!STATE_CHANGING.has(request.method) && !isApiPath(request.url)) return false;
  const site = request.headers["sec-fetch-site"];
  const { origin } = request.headers;
  if (origin === "null" && site === "same-origin") return false;
  if (origin !== undefined) return !allowed.includes(origin);
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
