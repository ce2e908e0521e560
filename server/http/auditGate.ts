/**
 * While the audit trail cannot be written (a full or failing disk), the API answers 503 instead of
 * reading or changing anything: every access to case data is audited, so none may happen that the
 * trail could not hold. The entries recorded meanwhile are kept and written once the disk works
 * again (auditTrail.ts); pages that get the 503 try again by themselves. What holds no case data
 * stays open: the health check (which reports the failure), the session's time left, and logging
 * out. The collaboration server refuses new sockets meanwhile (`accepting` in startServer.ts).
 */
import type { FastifyInstance } from "fastify";
import { auditUnavailable } from "../errors.js";
import { decodedPath, isApiPath } from "./apiPath.js";

/** Paths answered while the trail cannot be written. */
const OPEN_WHILE_FAILING: ReadonlySet<string> = new Set([
  "/api/health",
  "/api/session",
  "/api/auth/logout",
]);

/** Whether the audit trail can be written now. */
export interface AuditHealth {
  readonly healthy: boolean;
}

/** Refuses API requests with 503 while `audit` is not healthy. */
export function registerAuditGate(app: FastifyInstance, audit: AuditHealth): void {
  app.addHook("onRequest", (request, _reply, done) => {
    const refused =
      !audit.healthy && isApiPath(request.url) && !OPEN_WHILE_FAILING.has(decodedPath(request.url));
    done(refused ? auditUnavailable() : undefined);
  });
}
