import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CASE_ROLES, type CaseParticipant } from "./case.js";
import {
  casusregisseurOf,
  isAllowedTeamPlace,
  placeInTeam,
  TEAM_ROLES,
  withoutMember,
} from "./caseTeam.js";

const AT = "2026-01-01T00:00:00Z";

function member(
  userId: string,
  caseRole: CaseParticipant["caseRole"] = "deelnemer",
  readOnly = false,
): CaseParticipant {
  return { userId, caseRole, readOnly, addedAt: AT };
}

describe("the case team rules", () => {
  it("adds a new member at the end and replaces an existing member where they were", () => {
    const team = [member("pr", "procesregisseur"), member("a")];
    expect(placeInTeam(team, member("b")).map((p) => p.userId)).toEqual(["pr", "a", "b"]);
    const changed = placeInTeam([...team, member("b")], member("a", "deelnemer", true));
    expect(changed.map((p) => [p.userId, p.readOnly])).toEqual([
      ["pr", false],
      ["a", true],
      ["b", false],
    ]);
  });

  it("turns the previous casusregisseur into deelnemer when someone else becomes casusregisseur", () => {
    const team = [member("pr", "procesregisseur"), member("a", "casusregisseur"), member("b")];
    const next = placeInTeam(team, member("b", "casusregisseur"));
    expect(next.map((p) => [p.userId, p.caseRole])).toEqual([
      ["pr", "procesregisseur"],
      ["a", "deelnemer"],
      ["b", "casusregisseur"],
    ]);
    expect(casusregisseurOf(next)?.userId).toBe("b");
  });

  it("keeps the casusregisseur when someone else changes only their read-only flag", () => {
    const team = [member("a", "casusregisseur"), member("b")];
    expect(casusregisseurOf(placeInTeam(team, member("b", "deelnemer", true)))?.userId).toBe("a");
  });

  it("removes only the named member", () => {
    const team = [member("a"), member("b"), member("c")];
    expect(withoutMember(team, "b").map((p) => p.userId)).toEqual(["a", "c"]);
    expect(withoutMember(team, "x")).toEqual(team);
  });

  it("never lets a casusregisseur be read-only", () => {
    expect(isAllowedTeamPlace("casusregisseur", true)).toBe(false);
    expect(isAllowedTeamPlace("casusregisseur", false)).toBe(true);
    expect(isAllowedTeamPlace("deelnemer", true)).toBe(true);
  });

  it("has at most one casusregisseur and each member once after any sequence of changes", () => {
    const userId = fc.constantFrom("u1", "u2", "u3", "u4", "u5");
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("place" as const),
        userId,
        caseRole: fc.constantFrom(...TEAM_ROLES),
        readOnly: fc.boolean(),
      }),
      fc.record({ kind: fc.constant("remove" as const), userId }),
    );
    const start = fc.uniqueArray(
      fc.record({ userId, caseRole: fc.constantFrom(...CASE_ROLES), readOnly: fc.boolean() }),
      { selector: (p) => p.userId, maxLength: 5 },
    );
    fc.assert(
      fc.property(start, fc.array(step, { maxLength: 20 }), (initial, steps) => {
        // Start from a team that keeps the rule: at most one casusregisseur.
        let team: CaseParticipant[] = initial
          .filter(
            (p, i, all) =>
              p.caseRole !== "casusregisseur" ||
              all.findIndex((q) => q.caseRole === "casusregisseur") === i,
          )
          .map((p) => ({ ...p, addedAt: AT }));
        for (const s of steps) {
          team =
            s.kind === "remove"
              ? withoutMember(team, s.userId)
              : placeInTeam(team, member(s.userId, s.caseRole, s.readOnly));
          expect(team.filter((p) => p.caseRole === "casusregisseur").length).toBeLessThanOrEqual(1);
          expect(new Set(team.map((p) => p.userId)).size).toBe(team.length);
        }
        const last = steps.at(-1);
        if (last?.kind === "place") {
          expect(team.find((p) => p.userId === last.userId)?.caseRole).toBe(last.caseRole);
        }
      }),
    );
  });
});
