import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../shared/domain/roles.js";
import type { Principal } from "../auth/principal.js";
import { accountChangeRefusal, mayManageAccounts, type ManagedAccount } from "./accountPolicy.js";

function buildPrincipal(role: Role): Principal {
  return {
    userId: "user_1",
    username: "u1",
    displayName: "U1",
    organisationId: "org_1",
    organisationName: "Org",
    role,
    regio: "west",
    sessionId: "s",
    mustChangePassword: false,
  };
}

function buildAccount(id: string, role: Role = "deelnemer", disabled = false): ManagedAccount {
  return { id, role, disabled };
}

describe("who may manage accounts", () => {
  it("lets the beheerder manage accounts and no other role", () => {
    for (const role of ROLES) {
      expect(mayManageAccounts(buildPrincipal(role))).toBe(role === "beheerder");
    }
  });
});

describe("changes refused whoever asks", () => {
  const me = buildAccount("me", "beheerder");
  const other = buildAccount("other", "beheerder");

  it("refuses a beheerder blocking or demoting themselves, even with other beheerders left", () => {
    const accounts = [me, other];
    expect(accountChangeRefusal("me", me, { disabled: true }, accounts)).toBe("self");
    expect(accountChangeRefusal("me", me, { role: "procesregisseur" }, accounts)).toBe("self");
  });

  it("lets a beheerder rename themselves, keep their role or stay unblocked", () => {
    const accounts = [me];
    expect(accountChangeRefusal("me", me, {}, accounts)).toBeNull();
    expect(accountChangeRefusal("me", me, { role: "beheerder" }, accounts)).toBeNull();
    expect(accountChangeRefusal("me", me, { disabled: false }, accounts)).toBeNull();
  });

  it("lets a beheerder block another beheerder while they themselves remain", () => {
    expect(accountChangeRefusal("me", other, { disabled: true }, [me, other])).toBeNull();
  });

  it("refuses taking away the last active beheerder, a blocked beheerder not counting", () => {
    const blocked = buildAccount("blocked", "beheerder", true);
    const accounts = [other, blocked, buildAccount("pr", "procesregisseur")];
    expect(accountChangeRefusal("someone", other, { disabled: true }, accounts)).toBe(
      "last_beheerder",
    );
    expect(accountChangeRefusal("someone", other, { role: "deelnemer" }, accounts)).toBe(
      "last_beheerder",
    );
  });

  it("never refuses a change to an account that is not an active beheerder", () => {
    const accountArb = fc.record({
      id: fc.constantFrom("a", "b", "c"),
      role: fc.constantFrom(...ROLES),
      disabled: fc.boolean(),
    });
    const changeArb = fc.record(
      { role: fc.constantFrom(...ROLES), disabled: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.constantFrom("a", "b", "c"),
        accountArb,
        changeArb,
        fc.array(accountArb),
        (actorId, target, change, accounts) => {
          fc.pre(target.role !== "beheerder" || target.disabled);
          expect(accountChangeRefusal(actorId, target, change, accounts)).toBeNull();
        },
      ),
    );
  });

  it("always leaves at least one active beheerder when a change is allowed", () => {
    const accountArb = fc.record({
      role: fc.constantFrom(...ROLES),
      disabled: fc.boolean(),
    });
    const changeArb = fc.record(
      { role: fc.constantFrom(...ROLES), disabled: fc.boolean() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(accountArb, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        changeArb,
        (shapes, actorPick, targetPick, change) => {
          const accounts = shapes.map((shape, i) => ({ id: `u${i}`, ...shape }));
          const target = accounts[targetPick % accounts.length];
          const actor = accounts[actorPick % accounts.length];
          if (!target || !actor) return;
          const activeBefore = accounts.filter((a) => a.role === "beheerder" && !a.disabled);
          fc.pre(activeBefore.length > 0);
          if (accountChangeRefusal(actor.id, target, change, accounts) !== null) return;
          const after = accounts.map((a) => (a.id === target.id ? { ...a, ...change } : a));
          expect(after.some((a) => a.role === "beheerder" && !a.disabled)).toBe(true);
        },
      ),
    );
  });
});
