/** GET /api/health: liveness for load balancers and tests. */
import type { FastifyInstance } from "fastify";

/** Registers the health route. */
export function registerHealthRoutes(app: FastifyInstance): void {
  app.get("/api/health", () => ({ status: "ok" }));
}
