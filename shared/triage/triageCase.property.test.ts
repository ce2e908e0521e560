import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CASE_KINDS } from "../domain/case.js";
import { LEEFGEBIEDEN, ZRM_SCORES } from "../domain/leefgebied.js";
import {
  ANSWERS,
  OORDELEN,
  RTIG_LEVELS,
  TRIAGE_CRITERIA,
  TriageResultSchema,
  type Answer,
  type TriageCriterion,
  type TriageResult,
} from "../domain/triage.js";
import type { TriageInput } from "./facts.js";
import { triageCase } from "./triageCase.js";

const answer = fc.constantFrom(...ANSWERS);
const rtiG = fc.option(fc.constantFrom(...RTIG_LEVELS), { nil: null });
const score = fc.option(fc.constantFrom(...ZRM_SCORES), { nil: null });
const leefgebied = fc.constantFrom(...LEEFGEBIEDEN);

const triageInput: fc.Arbitrary<TriageInput> = fc.record({
  criteria: fc.record(
    Object.fromEntries(TRIAGE_CRITERIA.map((id) => [id, answer])) as Record<
      TriageCriterion,
      fc.Arbitrary<Answer>
    >,
    { requiredKeys: [] },
  ),
  bekendBij: fc.array(
    fc.record({ organisationId: fc.constantFrom("p1", "p2", "p3", "p4", "p5"), answer }),
    { maxLength: 6 },
  ),
  rtiG,
  leefgebieden: fc.dictionary(leefgebied, fc.record({ score }), { maxKeys: LEEFGEBIEDEN.length }),
  kind: fc.constantFrom(...CASE_KINDS),
});

/** Everything the monotonicity properties compare, as numbers. */
function levels(result: TriageResult): [number, number, number] {
  return [OORDELEN.indexOf(result.oordeel), result.ave, result.priority];
}

function expectNotLower(before: TriageResult, after: TriageResult): void {
  const [o1, a1, p1] = levels(before);
  const [o2, a2, p2] = levels(after);
  expect(o2).toBeGreaterThanOrEqual(o1);
  expect(a2).toBeGreaterThanOrEqual(a1);
  expect(p2).toBeGreaterThanOrEqual(p1);
}

describe("triageCase properties", () => {
  it("gives the same result for the same input, every time", () => {
    fc.assert(
      fc.property(triageInput, (input) => {
        expect(triageCase(structuredClone(input))).toEqual(triageCase(input));
      }),
    );
  });

  it("always returns a result that passes the stored-result schema", () => {
    fc.assert(
      fc.property(triageInput, (input) => {
        const result = triageCase(input);
        expect(TriageResultSchema.safeParse(result).success).toBe(true);
        expect(result.completeness.answered + result.completeness.open).toBe(
          result.completeness.total,
        );
        expect(result.reasons.length).toBeGreaterThanOrEqual(7);
      }),
    );
  });

  it("never lowers oordeel, AVE or priority when a leefgebied gets a worse score", () => {
    fc.assert(
      fc.property(triageInput, leefgebied, fc.constantFrom(...ZRM_SCORES), (input, key, worse) => {
        const current = input.leefgebieden[key]?.score ?? null;
        // A worse score is lower; an unscored leefgebied may get any score.
        fc.pre(current === null || worse < current);
        const after = {
          ...input,
          leefgebieden: { ...input.leefgebieden, [key]: { score: worse } },
        };
        expectNotLower(triageCase(input), triageCase(after));
      }),
    );
  });

  it("never lowers oordeel, AVE or priority when the violence risk rises", () => {
    fc.assert(
      fc.property(triageInput, fc.constantFrom(...RTIG_LEVELS), (input, higher) => {
        fc.pre(
          input.rtiG === null || RTIG_LEVELS.indexOf(higher) > RTIG_LEVELS.indexOf(input.rtiG),
        );
        expectNotLower(triageCase(input), triageCase({ ...input, rtiG: higher }));
      }),
    );
  });

  it("calls for exactly the partners seed 000 lists for each colour", () => {
    const expected = {
      groen: ["politie", "om"],
      oranje: ["politie", "om", "reclassering", "slachtofferhulp"],
      rood: ["politie", "om", "reclassering", "slachtofferhulp", "gemeente", "gi", "veilig_thuis"],
    };
    const seen = new Set<string>();
    fc.assert(
      fc.property(triageInput, (input) => {
        const result = triageCase(input);
        seen.add(result.oordeel);
        expect(result.partners).toEqual(expected[result.oordeel]);
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(["groen", "oranje", "rood"]);
  });

  it("shares WAT-informatie only when the oordeel is rood or RTI-G is hoog or zeer hoog", () => {
    fc.assert(
      fc.property(triageInput, (input) => {
        const result = triageCase(input);
        const wat =
          result.oordeel === "rood" || input.rtiG === "hoog" || input.rtiG === "zeer_hoog";
        expect(result.informatieniveau).toBe(wat ? "WAT" : "DAT");
      }),
    );
  });

  it("keeps the priority an integer from 0 to 100", () => {
    fc.assert(
      fc.property(triageInput, (input) => {
        const { priority } = triageCase(input);
        expect(Number.isInteger(priority)).toBe(true);
        expect(priority).toBeGreaterThanOrEqual(0);
        expect(priority).toBeLessThanOrEqual(100);
      }),
    );
  });
});

/** Every combination of the five answers: 3^5 = 243. */
function allCombinations(): Record<TriageCriterion, Answer>[] {
  let combos: Array<Partial<Record<TriageCriterion, Answer>>> = [{}];
  for (const id of TRIAGE_CRITERIA) {
    combos = combos.flatMap((c) => ANSWERS.map((a) => ({ ...c, [id]: a })));
  }
  return combos as Record<TriageCriterion, Answer>[];
}

/** The national rule on booleans, the oracle for the three-valued engine. */
function nationalRule(c: Record<TriageCriterion, boolean>): boolean {
  return (c.multiproblem && c.ketensamenwerking && c.systeem) || c.veiligheid;
}

/** Every way to fill in the open answers with ja or nee. */
function completions(c: Record<TriageCriterion, Answer>): Record<TriageCriterion, boolean>[] {
  let out: Array<Partial<Record<TriageCriterion, boolean>>> = [{}];
  for (const id of TRIAGE_CRITERIA) {
    const options = c[id] === "onbekend" ? [true, false] : [c[id] === "ja"];
    out = out.flatMap((partial) => options.map((v) => ({ ...partial, [id]: v })));
  }
  return out as Record<TriageCriterion, boolean>[];
}

describe("the national criteria over all 3^5 answer combinations", () => {
  const combos = allCombinations();

  it("covers 243 combinations", () => {
    expect(combos).toHaveLength(243);
  });

  it("says ja when every way to fill in the open answers meets (1 ∧ 2 ∧ 3) ∨ 4, nee when none does, else onbekend", () => {
    for (const criteria of combos) {
      const outcomes = completions(criteria).map(nationalRule);
      const expected: Answer = outcomes.every(Boolean)
        ? "ja"
        : outcomes.some(Boolean)
          ? "onbekend"
          : "nee";
      const result = triageCase({
        criteria,
        bekendBij: [],
        rtiG: null,
        leefgebieden: {},
        kind: "casus_op_maat",
      });
      expect(result.meetsCriteria, JSON.stringify(criteria)).toBe(expected);
      expect(result.criteria.map((c) => c.answer)).toEqual(
        TRIAGE_CRITERIA.map((id) => criteria[id]),
      );
    }
  });

  it("advises a casusoverleg whenever the criteria are met and never when they are definitely not", () => {
    fc.assert(
      fc.property(triageInput, fc.constantFrom(...combos), (input, criteria) => {
        const result = triageCase({ ...input, criteria });
        if (result.meetsCriteria === "ja") expect(result.advies).toBe("casusoverleg");
        if (result.meetsCriteria === "nee") expect(result.advies).not.toBe("casusoverleg");
        if (result.meetsCriteria === "nee" && criteria.lokaal_vastgelopen !== "ja") {
          expect(result.advies).toBe("terugverwijzen");
        }
      }),
    );
  });
});
