import { describe, expect, it } from "vitest";
import type { Case } from "../../shared/domain/case.js";
import type { Principal } from "../auth/principal.js";
import {
  caseAccess,
  canViewCase,
  mayExportInzage,
  mayExtendRetention,
  mayJoinCaseTeam,
  mayManageCaseTeam,
  maySeeAanmeldingIntake,
  maySeeBetrokkeneDetails,
  type TeamAccount,
} from "./casePolicy.js";

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
    mustChangePassword: false,
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

  it("ends a member's access once their account moved to another region or organisation, until added again", () => {
    const c = buildCase({ participants: [{ ...participant("user_1"), organisationId: "org_1" }] });
    expect(caseAccess(buildPrincipal(), c)).toBe("write");
    expect(caseAccess(buildPrincipal({ regio: "Regio B" }), c)).toBe("none");
    expect(caseAccess(buildPrincipal({ organisationId: "org_2" }), c)).toBe("none");
    expect(maySeeBetrokkeneDetails(buildPrincipal({ organisationId: "org_2" }), c)).toBe(false);
    const addedAgain = buildCase({
      participants: [{ ...participant("user_1"), organisationId: "org_2" }],
    });
    expect(caseAccess(buildPrincipal({ organisationId: "org_2" }), addedAgain)).toBe("write");
  });

  it("makes read-only participants and closed cases read-only", () => {
    expect(
      caseAccess(buildPrincipal(), buildCase({ participants: [participant("user_1", true)] })),
    ).toBe("read");
    const closed = buildCase({ phase: "gesloten", participants: [participant("user_1")] });
    expect(caseAccess(buildPrincipal(), closed)).toBe("read");
  });
});

describe("the aanmelding's intake part (invited partners, contacts, informed or not)", () => {
  it("is seen by participants and the region's procesregisseur", () => {
    const c = buildCase({ participants: [participant("user_1")] });
    expect(maySeeAanmeldingIntake(buildPrincipal(), c)).toBe(true);
    expect(
      maySeeAanmeldingIntake(buildPrincipal({ userId: "user_2", role: "procesregisseur" }), c),
    ).toBe(true);
  });

  it("is not seen by a guest of an overleg: an incidental participant or a partner from outside the case", () => {
    const c = buildCase({
      participants: [{ ...participant("user_1"), caseRole: "incidenteel" as const }],
    });
    expect(maySeeAanmeldingIntake(buildPrincipal(), c)).toBe(false);
    expect(
      maySeeAanmeldingIntake(buildPrincipal({ userId: "user_3", role: "incidenteel" }), c),
    ).toBe(false);
    // A partner professional cleared for this case by an overleg only, not in its team.
    expect(maySeeAanmeldingIntake(buildPrincipal({ userId: "user_4" }), c)).toBe(false);
    expect(caseAccess(buildPrincipal({ userId: "user_4" }), c, new Set(["case_1"]))).toBe("read");
  });
});

describe("the inzageoverzicht of a person concerned", () => {
  it("is prepared by a procesregisseur of the case's region, also once the case is closed", () => {
    const chair = buildPrincipal({ role: "procesregisseur" });
    expect(mayExportInzage(chair, buildCase())).toBe(true);
    expect(mayExportInzage(chair, buildCase({ phase: "gesloten" }))).toBe(true);
  });

  it("is not for a procesregisseur of another region, nor for a partner at the case", () => {
    expect(
      mayExportInzage(buildPrincipal({ role: "procesregisseur", regio: "Regio B" }), buildCase()),
    ).toBe(false);
    const casusregisseur = buildPrincipal({ role: "casusregisseur" });
    const c = buildCase({
      participants: [{ ...participant("user_1"), caseRole: "casusregisseur" }],
    });
    expect(caseAccess(casusregisseur, c)).toBe("write");
    expect(mayExportInzage(casusregisseur, c)).toBe(false);
  });
});

describe("the retention of a closed case", () => {
  const chair = buildPrincipal({ role: "procesregisseur" });
  const destroying = (c: Case) => ({
    ...c,
    destroying: { since: "2028-01-02T00:00:00Z", facts: {} },
  });

  it("is extended only by a procesregisseur of the case's region, and only once the case is closed", () => {
    expect(mayExtendRetention(chair, buildCase({ phase: "gesloten" }))).toBe(true);
    expect(mayExtendRetention(chair, buildCase({ phase: "afschaling" }))).toBe(false);
    const elsewhere = buildPrincipal({ role: "procesregisseur", regio: "Regio B" });
    expect(mayExtendRetention(elsewhere, buildCase({ phase: "gesloten" }))).toBe(false);
    const partner = buildPrincipal({ role: "casusregisseur" });
    const c = buildCase({ phase: "gesloten", participants: [participant("user_1")] });
    expect(caseAccess(partner, c)).toBe("read");
    expect(mayExtendRetention(partner, c)).toBe(false);
  });

  it("ends every access once its destruction began, for participants and the region's procesregisseur alike", () => {
    const c = destroying(buildCase({ phase: "gesloten", participants: [participant("user_1")] }));
    expect(caseAccess(buildPrincipal(), c)).toBe("none");
    expect(caseAccess(chair, c)).toBe("none");
    expect(caseAccess(buildPrincipal(), c, new Set([c.id]))).toBe("none");
    expect(mayExportInzage(chair, c)).toBe(false);
    expect(mayExtendRetention(chair, c)).toBe(false);
  });
});

describe("the case team policy", () => {
  const account = (overrides: Partial<TeamAccount> = {}): TeamAccount => ({
    id: "user_1",
    role: "deelnemer",
    regio: "Regio A",
    organisationId: "org_1",
    disabled: false,
    ...overrides,
  });
  const chairOf = (userId: string) => ({
    userId,
    caseRole: "procesregisseur" as const,
    readOnly: false,
    addedAt: "2026-01-01T00:00:00Z",
  });

  it("lets a procesregisseur of the case's region manage its team", () => {
    expect(mayManageCaseTeam(buildPrincipal({ role: "procesregisseur" }), buildCase())).toBe(true);
  });

  it("refuses a procesregisseur of another region, also one still listed at the case from before a move", () => {
    const elsewhere = buildPrincipal({ role: "procesregisseur", regio: "Regio B" });
    expect(mayManageCaseTeam(elsewhere, buildCase())).toBe(false);
    expect(mayManageCaseTeam(elsewhere, buildCase({ participants: [chairOf("user_1")] }))).toBe(
      false,
    );
  });

  it("refuses everyone who is no procesregisseur, also a casusregisseur who writes", () => {
    const c = buildCase({
      participants: [{ ...participant("user_1"), caseRole: "casusregisseur" }],
    });
    for (const role of ["casusregisseur", "deelnemer", "beheerder", "incidenteel"] as const) {
      expect(mayManageCaseTeam(buildPrincipal({ role }), c), role).toBe(false);
    }
  });

  it("refuses to manage the team of a closed case", () => {
    const closed = buildCase({ phase: "gesloten" });
    expect(mayManageCaseTeam(buildPrincipal({ role: "procesregisseur" }), closed)).toBe(false);
  });

  it("takes in active partner professionals of the case's region only", () => {
    const c = buildCase();
    expect(mayJoinCaseTeam(account(), c)).toBe(true);
    expect(mayJoinCaseTeam(account({ role: "casusregisseur" }), c)).toBe(true);
    expect(mayJoinCaseTeam(account({ disabled: true }), c)).toBe(false);
    expect(mayJoinCaseTeam(account({ regio: "Regio B" }), c)).toBe(false);
    for (const role of ["beheerder", "incidenteel", "procesregisseur"] as const) {
      expect(mayJoinCaseTeam(account({ role }), c), role).toBe(false);
    }
  });
});
