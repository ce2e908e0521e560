import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { registerAuditGate } from "./auditGate.js";
import { handleError } from "./errorHandler.js";
import { registerHealthRoutes } from "./routes/health.js";

const audit = { healthy: true };
let app: FastifyInstance;

async function buildApp(): Promise<FastifyInstance> {
  app = Fastify();
  registerAuditGate(app, audit);
  app.setErrorHandler(handleError);
  registerHealthRoutes(app, audit);
  app.get("/api/cases", () => ({ cases: [] }));
  app.get("/api/session", () => ({ idleMs: 1, absoluteMs: 1 }));
  app.post("/api/auth/logout", (_request, reply) => reply.status(204).send());
  app.get("/casussen", () => "page");
  await app.ready();
  return app;
}

afterEach(async () => {
  audit.healthy = true;
  await app.close();
});

describe("the audit gate", () => {
  it("lets every request through while the trail can be written", async () => {
    await buildApp();
    expect((await app.inject({ url: "/api/cases" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/health" })).json()).toEqual({ status: "ok" });
  });

  it("answers case data with 503 and a Dutch reason while the trail cannot be written", async () => {
    await buildApp();
    audit.healthy = false;
    const refused = await app.inject({ url: "/api/cases?fase=triage" });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      error: { code: "unavailable", message: expect.stringContaining("auditlog") as unknown },
    });
    // The router serves a percent-encoded path as the API too; so does the gate refuse it.
    expect((await app.inject({ url: "/%61pi/cases" })).statusCode).toBe(503);
  });

  it("keeps open what holds no case data: health (reporting the failure), time left, logging out, the page itself", async () => {
    await buildApp();
    audit.healthy = false;
    const health = await app.inject({ url: "/api/health" });
    expect([health.statusCode, health.json()]).toEqual([
      503,
      { status: "degraded", audit: "failing" },
    ]);
    expect((await app.inject({ url: "/api/session" })).statusCode).toBe(200);
    expect((await app.inject({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(204);
    expect((await app.inject({ url: "/casussen" })).statusCode).toBe(200);
  });
});
