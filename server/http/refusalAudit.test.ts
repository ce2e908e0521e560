import { describe, expect, it } from "vitest";
import { checkAuditedRoute } from "./refusalAudit.js";

describe("the table of audited routes", () => {
  it("refuses a route that has an id in its path but no audit entry", () => {
    expect(() => checkAuditedRoute("GET", "/api/cases/:id/forgotten")).toThrow(/AUDITED_ROUTES/);
    expect(() => checkAuditedRoute("DELETE", "/api/cases/:id")).toThrow(/AUDITED_ROUTES/);
  });

  it("accepts the routes it names, their HEAD twins, and routes without an id", () => {
    expect(() => checkAuditedRoute("GET", "/api/cases/:id")).not.toThrow();
    expect(() => checkAuditedRoute("HEAD", "/api/cases/:id")).not.toThrow();
    expect(() => checkAuditedRoute("POST", "/api/signals/:id/read")).not.toThrow();
    expect(() => checkAuditedRoute("GET", "/api/cases")).not.toThrow();
  });
});
