import { describe, expect, it } from "vitest";
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import { caseAccess, canViewCase } from "./casePolicy.js";

function buildPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    userId: "user_1",
    username: "u",
    displayName: "U",
    organisationId: "org_1",
    organisationName: "Org",
    role: "deelnemer",
    regio: "Regio A",
    sessionId: "s",
    ...overrides,
  };
}

function buildCase(overrides: Partial<Case> = {}): Case {
  return {
    id: "case_1",
    title: "Testcasus",
    phase: "casusoverleg",
    kind: "casus_op_maat",
    gemeente: "Testdorp",
    regio: "Regio A",
    betrokkenen: [],
    participants: [],
    createdAt: "2026-01-01T00:00:00Z",
    createdBy: "user_9",
    updatedAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

const participant = (userId: string, readOnly = false) => ({
  userId,
  caseRole: "deelnemer" as const,
  readOnly,
  addedAt: "2026-01-01T00:00:00Z",
});

describe("casePolicy", () => {
  it("lets a participant write and hides the case from everyone else", () => {
    const c = buildCase({ participants: [participant("user_1")] });
    expect(caseAccess(buildPrincipal(), c)).toBe("write");
    expect(canViewCase(buildPrincipal({ userId: "user_2" }), c)).toBe(false);
  });

  it("lets a procesregisseur of the case's region see it, but not one of another region", () => {
    const c = buildCase();
    expect(caseAccess(buildPrincipal({ role: "procesregisseur" }), c)).toBe("write");
    expect(caseAccess(buildPrincipal({ role: "procesregisseur", regio: "Regio B" }), c)).toBe(
      "none",
    );
  });

  it("never lets a beheerder see case content without being a participant", () => {
    expect(caseAccess(buildPrincipal({ role: "beheerder" }), buildCase())).toBe("none");
  });

  it("makes read-only participants and closed cases read-only", () => {
    expect(
      caseAccess(buildPrincipal(), buildCase({ participants: [participant("user_1", true)] })),
    ).toBe("read");
    const closed = buildCase({ phase: "gesloten", participants: [participant("user_1")] });
    expect(caseAccess(buildPrincipal(), closed)).toBe("read");
  });
});
