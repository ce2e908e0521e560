import { describe, expect, it } from "vitest";
import {
  ACTION_SCORE_RULES,
  ADVIES_RULES,
  AVE_RULES,
  OORDEEL_RULES,
  PARTNERS_BY_OORDEEL,
  PRIORITY_WEIGHTS,
  RULES_VERSION,
} from "./rules.js";

/** Every number inside a nested weights object. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("the rules table", () => {
  it("has a version and unique rule ids", () => {
    expect(RULES_VERSION).toMatch(/\S/);
    const ids = [...OORDEEL_RULES, ...AVE_RULES, ...ADVIES_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only at-least conditions for oordeel and AVE, so a worse case never scores lower", () => {
    for (const rule of [...OORDEEL_RULES, ...AVE_RULES]) {
      expect(rule.when.meetsCriteria ?? "ja").toBe("ja");
      expect(rule.reden).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("ends the advies rules with one that always matches", () => {
    expect(ADVIES_RULES.at(-1)?.when).toEqual({});
  });

  it("has only non-negative priority and action weights", () => {
    for (const n of [...numbersIn(PRIORITY_WEIGHTS), ...numbersIn(ACTION_SCORE_RULES)]) {
      expect(n).toBeGreaterThanOrEqual(0);
    }
  });

  it("weighs a sooner deadline more and any overdue action at least as much as a due one", () => {
    const windows = ACTION_SCORE_RULES.dueWithin;
    for (let i = 1; i < windows.length; i++) {
      expect(windows[i]!.days).toBeGreaterThan(windows[i - 1]!.days);
      expect(windows[i]!.points).toBeLessThanOrEqual(windows[i - 1]!.points);
    }
    expect(ACTION_SCORE_RULES.overdueBase).toBeGreaterThanOrEqual(windows[0].points);
  });

  it("adds partners with each colour and never drops one", () => {
    expect(PARTNERS_BY_OORDEEL.oranje).toEqual(
      expect.arrayContaining([...PARTNERS_BY_OORDEEL.groen]),
    );
    expect(PARTNERS_BY_OORDEEL.rood).toEqual(
      expect.arrayContaining([...PARTNERS_BY_OORDEEL.oranje]),
    );
  });
});
