import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Case, CaseRole } from "../../shared/domain/case.js";
import { ROLES, type Role } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import {
  accountMaySeeActions,
  canChangeAction,
  canViewActions,
  mayBeResponsible,
} from "./actionPolicy.js";
import { canViewCase, type TeamAccount } from "./casePolicy.js";

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
    mustChangePassword: false,
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

/** A stored account as the responsible rule sees it; by default an active deelnemer of west. */
function buildAccount(id: string, overrides: Partial<TeamAccount> = {}): TeamAccount {
  return {
    id,
    role: "deelnemer",
    regio: "west",
    organisationId: "org",
    disabled: false,
    ...overrides,
  };
}

describe("who may be named responsible for an action", () => {
  const withGuest = buildCase([
    ["u_resp", "deelnemer"],
    ["u_gone", "deelnemer"],
    ["u_guest", "incidenteel", true],
  ]);
  const accounts = new Map(
    [
      buildAccount("u_resp"),
      buildAccount("u_gone", { disabled: true }),
      buildAccount("u_guest", { role: "incidenteel" }),
      buildAccount("u_out"),
      buildAccount("u_pr", { role: "procesregisseur" }),
      buildAccount("u_pr_oost", { role: "procesregisseur", regio: "oost" }),
    ].map((account) => [account.id, account]),
  );
  const accountOf = (userId: string) => accounts.get(userId);

  it("accepts a team member and the region's procesregisseur", () => {
    expect(mayBeResponsible("user:u_resp", withGuest, accountOf)).toBe(true);
    expect(mayBeResponsible("user:u_pr", withGuest, accountOf)).toBe(true);
  });

  it("accepts any free-text name, including one that looks like another kind of reference", () => {
    for (const name of ["mentor Duinzicht College", "org:org_ggz", "User:u_out", " user:u_out"]) {
      expect(mayBeResponsible(name, withGuest, accountOf)).toBe(true);
    }
  });

  it("refuses a user who does not exist, is disabled, sits outside the case or is only an incidental guest", () => {
    for (const userId of ["u_nobody", "", "u_gone", "u_out", "u_guest", "u_pr_oost"]) {
      expect(mayBeResponsible(`user:${userId}`, withGuest, accountOf)).toBe(false);
    }
  });

  it("never accepts a user whom the case policy does not let see the case, or whose account is disabled", () => {
    const account = fc.record({
      id: fc.constantFrom("u_resp", "u_guest", "u_out"),
      role: fc.constantFrom(...ROLES),
      regio: fc.constantFrom("west", "oost"),
      organisationId: fc.constantFrom("org", "org_elsewhere"),
      disabled: fc.boolean(),
    });
    fc.assert(
      fc.property(account, fc.constantFrom("uitvoering", "gesloten" as const), (a, phase) => {
        const c = buildCase(
          [
            ["u_resp", "deelnemer"],
            ["u_guest", "incidenteel", true],
          ],
          phase,
        );
        const accepted = mayBeResponsible(`user:${a.id}`, c, (id) => (id === a.id ? a : undefined));
        const principal = { ...buildPrincipal(a.id, a.organisationId, a.role), regio: a.regio };
        expect(accepted).toBe(!a.disabled && canViewCase(principal, c));
        expect(accepted).toBe(accountMaySeeActions(a, c));
      }),
    );
  });
});
