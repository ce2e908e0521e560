import { describe, expect, it } from "vitest";
import { planBalance } from "./planBalance.js";
import { buildActionItem } from "./testFactories.js";

describe("planBalance", () => {
  const needsCooperation = {
    criteria: [{ id: "ketensamenwerking" as const, answer: "ja" as const }],
  };

  it("warns when a case that needs cooperation across chains has only zorg actions", () => {
    const result = planBalance([buildActionItem({ kind: "zorg" })], needsCooperation);
    expect(result.needsBoth).toBe(true);
    expect(result.warnings).toEqual([expect.stringContaining("alleen zorgacties")]);
  });

  it("warns when such a case has only straf, dwang en drang actions", () => {
    const result = planBalance([buildActionItem({ kind: "straf" })], needsCooperation);
    expect(result.warnings).toEqual([
      expect.stringContaining("alleen straf-, dwang- en drangacties"),
    ]);
  });

  it("is content with both kinds and does not count lapsed actions", () => {
    const both = [buildActionItem({ kind: "zorg" }), buildActionItem({ kind: "straf" })];
    expect(planBalance(both, needsCooperation).warnings).toEqual([]);
    const lapsed = [
      buildActionItem({ kind: "zorg" }),
      buildActionItem({ kind: "straf", status: "vervallen" }),
    ];
    expect(planBalance(lapsed, needsCooperation).warnings).toHaveLength(1);
  });

  it("does not ask for both kinds when criterion 2 is not answered ja", () => {
    const result = planBalance([buildActionItem({ kind: "zorg" })], {
      criteria: [{ id: "ketensamenwerking", answer: "onbekend" }],
    });
    expect(result).toMatchObject({ needsBoth: false, warnings: [] });
    expect(planBalance([], null).needsBoth).toBe(false);
  });

  it("mentions actions that have no kind yet", () => {
    const result = planBalance([{ kind: null, status: "open" }, buildActionItem()], null);
    expect(result.withoutKind).toBe(1);
    expect(result.warnings).toEqual([
      "1 actie heeft nog geen soort (zorg of straf, dwang en drang).",
    ]);
  });
});
