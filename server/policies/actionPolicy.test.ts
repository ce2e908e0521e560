import { describe, expect, it } from "vitest";
import type { Case, CaseRole } from "../../shared/domain/case.js";
import type { Role } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import { canChangeAction, canViewActions } from "./actionPolicy.js";

function buildPrincipal(
  userId: string,
  organisationId: string,
  role: Role = "deelnemer",
): Principal {
  return {
    userId,
    username: userId,
    displayName: userId,
    organisationId,
    organisationName: organisationId,
    role,
    regio: "west",
    sessionId: "s",
  };
}

function buildCase(
  participants: [string, CaseRole, boolean?][],
  phase: Case["phase"] = "uitvoering",
): Case {
  return {
    id: "case_1",
    title: "Testcasus",
    phase,
    kind: "casus_op_maat",
    gemeente: "Westerduin",
    regio: "west",
    betrokkenen: [],
    participants: participants.map(([userId, caseRole, readOnly]) => ({
      userId,
      caseRole,
      readOnly: readOnly ?? false,
      addedAt: "2030-01-01",
    })),
    createdAt: "2030-01-01",
    createdBy: "u_pr",
    updatedAt: "2030-01-01",
  };
}

const action = { organisationId: "org_ggz", responsible: "user:u_resp" };
const c = buildCase([
  ["u_resp", "deelnemer"],
  ["u_ggz", "deelnemer"],
  ["u_gem", "deelnemer"],
  ["u_cr", "casusregisseur"],
  ["u_ro", "deelnemer", true],
]);

describe("actionPolicy", () => {
  it("lets the responsible person, their organisation's participant and the casusregisseur change an action", () => {
    expect(canChangeAction(buildPrincipal("u_resp", "org_politie"), c, action)).toBe(true);
    expect(canChangeAction(buildPrincipal("u_ggz", "org_ggz"), c, action)).toBe(true);
    expect(canChangeAction(buildPrincipal("u_cr", "org_politie"), c, action)).toBe(true);
  });

  it("lets the region's procesregisseur change an action without being a participant", () => {
    expect(canChangeAction(buildPrincipal("u_pr", "org_zvh", "procesregisseur"), c, action)).toBe(
      true,
    );
  });

  it("refuses another participant, a read-only participant, an outsider and anyone on a closed case", () => {
    expect(canChangeAction(buildPrincipal("u_gem", "org_gemeente"), c, action)).toBe(false);
    expect(canChangeAction(buildPrincipal("u_ro", "org_ggz"), c, action)).toBe(false);
    expect(canChangeAction(buildPrincipal("u_out", "org_ggz"), c, action)).toBe(false);
    const closed = buildCase([["u_cr", "casusregisseur"]], "gesloten");
    expect(canChangeAction(buildPrincipal("u_cr", "org_politie"), closed, action)).toBe(false);
  });

  it("shows actions only to those who may see the case", () => {
    expect(canViewActions(buildPrincipal("u_gem", "org_gemeente"), c)).toBe(true);
    expect(canViewActions(buildPrincipal("u_out", "org_ggz"), c)).toBe(false);
  });
});
