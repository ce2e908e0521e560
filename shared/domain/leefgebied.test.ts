import { describe, expect, it } from "vitest";
import { leefgebiedNamedBy } from "./leefgebied.js";

describe("the leefgebied a line names", () => {
  it("reads a leefgebied heading as the plan templates write it, whatever its case and spacing", () => {
    expect(leefgebiedNamedBy("Huisvesting:")).toBe("huisvesting");
    expect(leefgebiedNamedBy("  financiën : ")).toBe("financien");
    expect(leefgebiedNamedBy("Werk & Opleiding")).toBe("werk_opleiding");
    expect(leefgebiedNamedBy("Verblijfsstatus:")).toBe("verblijfsstatus");
  });

  it("reads the leefgebied before the colon of a line that notes what was agreed after it", () => {
    expect(leefgebiedNamedBy("Huisvesting: urgentie aanvragen")).toBe("huisvesting");
    expect(leefgebiedNamedBy("Justitie: toezicht loopt af; zie ook: reclassering")).toBe(
      "justitie",
    );
  });

  it("guesses nothing for a line that names several domains, or is prose without a colon", () => {
    expect(leefgebiedNamedBy("Gezondheid en middelengebruik:")).toBeNull();
    expect(leefgebiedNamedBy("Gezondheid en middelengebruik: huisarts")).toBeNull();
    expect(leefgebiedNamedBy("Huisvesting is het grootste probleem")).toBeNull();
    expect(leefgebiedNamedBy("Afspraak: huisvesting")).toBeNull();
    expect(leefgebiedNamedBy("")).toBeNull();
  });
});
