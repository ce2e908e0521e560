/**
 * The HTTP application (fastify): security headers, cookie parsing, API routes, the built client,
 * one error handler, and one hook that audits refused access to case and meeting data. Request
 * logs carry the route pattern, never the URL with its query string.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { LogController, type FastifyInstance } from "fastify";
import type { Log } from "../log.js";
import { CLIENT_DIST } from "../paths.js";
import type { HttpContext } from "./context.js";
import { handleError, sendApiNotFound } from "./errorHandler.js";
import { handleClientError, handleFrameworkError } from "./frameworkErrors.js";
import { registerOriginCheck } from "./originCheck.js";
import { registerRefusalAudit } from "./refusalAudit.js";
import { registerAccountRoutes } from "./routes/accounts.js";
import { registerOrganisationRoutes } from "./routes/organisations.js";
import { registerActionRoutes } from "./routes/actions.js";
import { registerAfschalingRoutes } from "./routes/afschaling.js";
import { registerCaseErasureRoutes } from "./routes/caseErasure.js";
import { registerAuditRoutes } from "./routes/audit.js";
import { registerAuthRoutes } from "./routes/auth.js";
import { registerCaseOverlegRoutes } from "./routes/caseOverleggen.js";
import { registerCaseRoutes } from "./routes/cases.js";
import { registerCaseTeamRoutes } from "./routes/caseTeam.js";
import { registerHealthRoutes } from "./routes/health.js";
import { isApiPath } from "./apiPath.js";
import { registerAuditGate } from "./auditGate.js";
import { registerMeetingRoutes } from "./routes/meetings.js";
import { registerReportRoutes } from "./routes/reports.js";
import { registerRetentionRoutes } from "./routes/retention.js";
import { registerSignalRoutes } from "./routes/signals.js";
import { setSecurityHeaders } from "./securityHeaders.js";

/** Where Vite puts the bundles; every file there is named by its content hash. */
const ASSETS_PATH = "/assets/";

/** Source maps are built (for reading a stack trace on the server) but never served. */
const SOURCE_MAP_SUFFIX = ".map";

/** Largest accepted request body. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the HTTP app; the caller listens and routes websocket upgrades. */
export async function buildHttpApp(ctx: HttpContext, log: Log): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: log,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT_BYTES,
    return503OnClosing: true,
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
    // `request.ip` (the login throttle's address) is the client's, not the proxy's, behind one.
    trustProxy: (_address: string, hop: number) => hop < ctx.config.trustProxyHops,
  });

  app.addHook("onRequest", async (request, reply) => setSecurityHeaders(request, reply));
  registerOriginCheck(app, ctx.allowedOrigins);
  registerAuditGate(app, ctx.audit);
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? "(none)",
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
  });
  app.setErrorHandler(handleError);

  await app.register(fastifyCookie);
  registerRefusalAudit(app, { store: ctx.store, audit: ctx.audit, index: ctx.actions.index });
  registerHealthRoutes(app, ctx.audit);
  registerAuthRoutes(app, ctx);
  registerCaseRoutes(app, ctx);
  registerCaseTeamRoutes(app, ctx);
  registerCaseOverlegRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerActionRoutes(app, ctx);
  registerSignalRoutes(app, ctx);
  registerMeetingRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerOrganisationRoutes(app, ctx);
  registerRetentionRoutes(app, ctx);
  registerAfschalingRoutes(app, ctx);
  registerCaseErasureRoutes(app, ctx);

  const hasClient = existsSync(join(CLIENT_DIST, "index.html"));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: CLIENT_DIST,
      wildcard: false,
      allowedPath: (path) => !path.endsWith(SOURCE_MAP_SUFFIX),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (isApiPath(request.url) || path.startsWith("/collab/") || request.method !== "GET") {
      return sendApiNotFound(reply);
    }
    // A bundle that is not there (a tab still running the previous build asks for its chunks) is
    // a 404, not the app shell: a script that gets HTML fails with a confusing type error.
    if (path.startsWith(ASSETS_PATH)) {
      return reply.status(404).type("text/plain").send("Bestand niet gevonden.");
    }
    // Client-side routes (e.g. /casussen/123) get the app shell.
    if (hasClient) return reply.type("text/html").sendFile("index.html");
    return reply
      .status(404)
      .type("text/plain")
      .send("De client is niet gebouwd: voer `npm run build` uit.");
  });
  return app;
}
