import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ACTION_KINDS, ACTION_STATUSES } from "../domain/action.js";
import { LEEFGEBIEDEN, ZRM_SCORES } from "../domain/leefgebied.js";
import { OORDELEN } from "../domain/triage.js";
import { scoreAction, type ActionCaseContext, type ScorableAction } from "./scoreAction.js";
import { buildActionItem } from "./testFactories.js";

const TODAY = "2025-03-10";

/** yyyy-mm-dd for `offset` days after TODAY. */
function dayFromToday(offset: number): string {
  const date = new Date(Date.UTC(2025, 2, 10 + offset));
  return date.toISOString().slice(0, 10);
}

const context: ActionCaseContext = {
  oordeel: "oranje",
  leefgebieden: { huisvesting: { score: 1 } },
};

describe("scoreAction", () => {
  it("weighs an overdue straf action on an acute leefgebied in a rood case as hoog", () => {
    const result = scoreAction(
      buildActionItem({ kind: "straf", leefgebied: "huisvesting", dueDate: dayFromToday(-4) }),
      { oordeel: "rood", leefgebieden: { huisvesting: { score: 1 } } },
      TODAY,
    );
    expect(result.label).toBe("hoog");
    expect(result.score).toBe(100);
    expect(result.reasons.join(" ")).toContain("4 dagen te laat");
    expect(result.reasons.join(" ")).toContain("Kritiek pad");
  });

  it("weighs a far-off zorg action in a groen case on a self-reliant leefgebied as laag", () => {
    const result = scoreAction(
      buildActionItem({
        status: "in_uitvoering",
        leefgebied: "financien",
        dueDate: dayFromToday(60),
      }),
      { oordeel: "groen", leefgebieden: { financien: { score: 5 } } },
      TODAY,
    );
    expect(result).toMatchObject({ label: "laag", score: 10 });
  });

  it("scores a finished or lapsed action zero", () => {
    for (const status of ["afgerond", "vervallen"] as const) {
      expect(
        scoreAction(buildActionItem({ status, dueDate: dayFromToday(-30) }), context, TODAY).score,
      ).toBe(0);
    }
  });

  it("weighs an acute leefgebied more than a self-reliant one", () => {
    const acute = scoreAction(buildActionItem({ leefgebied: "huisvesting" }), context, TODAY);
    const fine = scoreAction(
      buildActionItem({ leefgebied: "huisvesting" }),
      { ...context, leefgebieden: { huisvesting: { score: 4 } } },
      TODAY,
    );
    expect(acute.score).toBeGreaterThan(fine.score);
  });

  const action: fc.Arbitrary<ScorableAction> = fc.record({
    status: fc.option(fc.constantFrom(...ACTION_STATUSES), { nil: null }),
    dueDate: fc.integer({ min: -60, max: 90 }).map(dayFromToday),
    kind: fc.option(fc.constantFrom(...ACTION_KINDS), { nil: null }),
    leefgebied: fc.option(fc.constantFrom(...LEEFGEBIEDEN), { nil: null }),
  });
  const caseContext: fc.Arbitrary<ActionCaseContext> = fc.record({
    oordeel: fc.option(fc.constantFrom(...OORDELEN), { nil: null }),
    leefgebieden: fc.dictionary(
      fc.constantFrom(...LEEFGEBIEDEN),
      fc.record({ score: fc.option(fc.constantFrom(...ZRM_SCORES), { nil: null }) }),
    ),
  });

  it("never raises the score when the due date moves later", () => {
    fc.assert(
      fc.property(action, caseContext, fc.integer({ min: 1, max: 60 }), (a, ctx, shift) => {
        const due = a.dueDate ?? TODAY;
        const later = new Date(Date.parse(`${due}T00:00:00Z`) + shift * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(scoreAction({ ...a, dueDate: later }, ctx, TODAY).score).toBeLessThanOrEqual(
          scoreAction(a, ctx, TODAY).score,
        );
      }),
    );
  });

  it("never lowers the score of an overdue action as more days pass", () => {
    fc.assert(
      fc.property(action, caseContext, fc.integer({ min: 1, max: 60 }), (a, ctx, days) => {
        const overdue = { ...a, dueDate: dayFromToday(-days) };
        const moreOverdue = { ...a, dueDate: dayFromToday(-days - 1) };
        expect(scoreAction(moreOverdue, ctx, TODAY).score).toBeGreaterThanOrEqual(
          scoreAction(overdue, ctx, TODAY).score,
        );
      }),
    );
  });

  it("never scores an unfinished action lower once it is overdue than while it was due", () => {
    fc.assert(
      fc.property(
        action,
        caseContext,
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1, max: 60 }),
        (a, ctx, ahead, late) => {
          const due = scoreAction({ ...a, dueDate: dayFromToday(ahead) }, ctx, TODAY).score;
          const overdue = scoreAction({ ...a, dueDate: dayFromToday(-late) }, ctx, TODAY).score;
          expect(overdue).toBeGreaterThanOrEqual(due);
        },
      ),
    );
  });

  it("is deterministic and stays within 0 to 100 with a matching label", () => {
    fc.assert(
      fc.property(action, caseContext, (a, ctx) => {
        const result = scoreAction(a, ctx, TODAY);
        expect(scoreAction(structuredClone(a), structuredClone(ctx), TODAY)).toEqual(result);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        const label = result.score >= 60 ? "hoog" : result.score >= 35 ? "middel" : "laag";
        expect(result.label).toBe(label);
      }),
    );
  });
});
