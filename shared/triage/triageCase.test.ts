import { describe, expect, it } from "vitest";
import { LEEFGEBIEDEN } from "../domain/leefgebied.js";
import { RULES_VERSION } from "./rules.js";
import { buildTriageInput } from "./testFactories.js";
import { triageCase } from "./triageCase.js";

const allJa = {
  multiproblem: "ja",
  ketensamenwerking: "ja",
  systeem: "ja",
  veiligheid: "nee",
  lokaal_vastgelopen: "nee",
} as const;

describe("triageCase", () => {
  it("judges an empty triage as groen, DAT, provisional advies with every question open", () => {
    const result = triageCase(buildTriageInput());
    expect(result.meetsCriteria).toBe("onbekend");
    expect(result.voorlopig).toBe(true);
    expect(result.advies).toBe("advies");
    expect(result.oordeel).toBe("groen");
    expect(result.partners).toEqual(["politie", "om"]);
    expect(result.informatieniveau).toBe("DAT");
    expect(result.ave).toBe(1);
    expect(result.completeness).toEqual({
      answered: 0,
      total: 5 + 1 + LEEFGEBIEDEN.length,
      open: 20,
      openLeefgebieden: LEEFGEBIEDEN.length,
      label: "nog 20 vragen",
    });
    expect(result.rulesVersion).toBe(RULES_VERSION);
  });

  it("advises a casusoverleg at AVE 3 when criteria 1, 2 and 3 are all ja", () => {
    const result = triageCase(buildTriageInput({ criteria: allJa, rtiG: "laag" }));
    expect(result.meetsCriteria).toBe("ja");
    expect(result.voorlopig).toBe(false);
    expect(result.advies).toBe("casusoverleg");
    expect(result.ave).toBe(3);
    expect(result.reasons.join(" ")).toContain("criteria 1, 2 en 3");
  });

  it("meets the criteria through criterion 4 alone", () => {
    const result = triageCase(
      buildTriageInput({ criteria: { multiproblem: "nee", veiligheid: "ja" } }),
    );
    expect(result.meetsCriteria).toBe("ja");
    expect(result.advies).toBe("casusoverleg");
  });

  it("refers back when the criteria are not met and nothing was tried locally", () => {
    const result = triageCase(
      buildTriageInput({
        criteria: { ...allJa, systeem: "nee", lokaal_vastgelopen: "nee" },
        rtiG: "laag",
      }),
    );
    expect(result.meetsCriteria).toBe("nee");
    expect(result.advies).toBe("terugverwijzen");
  });

  it("gives advies when the criteria are not met but the local approach is stuck", () => {
    const result = triageCase(
      buildTriageInput({ criteria: { ...allJa, systeem: "nee", lokaal_vastgelopen: "ja" } }),
    );
    expect(result.advies).toBe("advies");
  });

  it("calls for the oranje partners when the violence risk is gemiddeld", () => {
    const result = triageCase(buildTriageInput({ rtiG: "gemiddeld" }));
    expect(result.oordeel).toBe("oranje");
    expect(result.partners).toEqual(["politie", "om", "reclassering", "slachtofferhulp"]);
    expect(result.informatieniveau).toBe("DAT");
  });

  it("shares WAT-informatie at RTI-G hoog even when the oordeel is not rood", () => {
    const result = triageCase(buildTriageInput({ rtiG: "hoog" }));
    expect(result.oordeel).toBe("oranje");
    expect(result.informatieniveau).toBe("WAT");
    expect(result.reasons.join(" ")).toContain("WAT-informatie mag gedeeld worden");
  });

  it("judges two acute leefgebieden rood and holds a provisional casusoverleg", () => {
    const result = triageCase(
      buildTriageInput({
        leefgebieden: { huisvesting: { score: 1 }, financien: { score: 1 } },
      }),
    );
    expect(result.oordeel).toBe("rood");
    expect(result.partners).toContain("veilig_thuis");
    expect(result.informatieniveau).toBe("WAT");
    expect(result.advies).toBe("casusoverleg");
    expect(result.firedRules).toContain("rood-acuut-meerdere");
  });

  it("escalates to AVE 4 for a rood case with a very high violence risk", () => {
    const result = triageCase(buildTriageInput({ criteria: allJa, rtiG: "zeer_hoog" }));
    expect(result.oordeel).toBe("rood");
    expect(result.ave).toBe(4);
  });

  it("explains every part of the outcome in Dutch sentences", () => {
    const result = triageCase(
      buildTriageInput({
        criteria: allJa,
        rtiG: "hoog",
        leefgebieden: { huisvesting: { score: 1, givenOn: "2025-01-01" } },
        today: "2025-03-01",
      }),
    );
    const text = result.reasons.join("\n");
    expect(text).toMatch(/landelijke criteria/);
    expect(text).toMatch(/Oordeel oranje/);
    expect(text).toMatch(/Nodig aan tafel: Politie, Openbaar Ministerie/);
    expect(text).toMatch(/Casusoverleg/);
    expect(text).toMatch(/AVE 3/);
    expect(text).toMatch(/WAT-informatie/);
    expect(text).toMatch(/Prioriteit \d+ van 100/);
    expect(text).toMatch(/Ingevuld: \d+ van \d+ vragen/);
    expect(text).toMatch(/ouder dan 30 dagen.*Huisvesting/);
  });

  it("counts each invited partner's bekend-bij answer as a question", () => {
    const result = triageCase(
      buildTriageInput({
        bekendBij: [
          { organisationId: "politie-1", answer: "ja" },
          { organisationId: "ggz-1", answer: "onbekend" },
        ],
      }),
    );
    expect(result.completeness.total).toBe(22);
    expect(result.completeness.answered).toBe(1);
  });

  it("says nog 1 vraag and volledig ingevuld like the case list", () => {
    const leefgebieden = Object.fromEntries(LEEFGEBIEDEN.map((k) => [k, { score: 4 as const }]));
    const full = buildTriageInput({ criteria: allJa, rtiG: "laag", leefgebieden });
    expect(triageCase(full).completeness.label).toBe("volledig ingevuld");
    expect(triageCase({ ...full, rtiG: null }).completeness.label).toBe("nog 1 vraag");
  });
});
