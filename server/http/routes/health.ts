/**
 * GET /api/health: liveness for load balancers and tests. While the audit trail cannot be written
 * the server is up but serves no case data (auditGate.ts): 503, saying why.
 */
import type { FastifyInstance } from "fastify";
import type { AuditHealth } from "../auditGate.js";

/** Registers the health route. */
export function registerHealthRoutes(app: FastifyInstance, audit: AuditHealth): void {
  app.get("/api/health", (_request, reply) =>
    audit.healthy
      ? { status: "ok" }
      : reply.status(503).send({ status: "degraded", audit: "failing" }),
  );
}
