import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import { reportRegionOf } from "./reportPolicy.js";

/** A principal of `role` in Regio Westerduin. */
function principal(role: Role): Principal {
  return {
    userId: "user_1",
    username: "test",
    displayName: "Test",
    organisationId: "org_1",
    organisationName: "Org",
    role,
    regio: "Regio Westerduin",
    sessionId: "s1",
    mustChangePassword: false,
  };
}

describe("who reads management reports", () => {
  it("gives the procesregisseur the report of their own region", () => {
    expect(reportRegionOf(principal("procesregisseur"))).toBe("Regio Westerduin");
  });

  it("gives every other role, the beheerder included, no report at all", () => {
    for (const role of ROLES.filter((r) => r !== "procesregisseur")) {
      expect(reportRegionOf(principal(role)), role).toBeNull();
    }
  });
});
