import { describe, expect, it } from "vitest";
import { leefgebiedNamedBy } from "./leefgebied.js";

describe("the leefgebied a line names", () => {
  it("reads a leefgebied heading as the plan templates write it, whatever its case and spacing", () => {
    expect(leefgebiedNamedBy("Huisvesting:")).toBe("huisvesting");
    expect(leefgebiedNamedBy("  financiën : ")).toBe("financien");
    expect(leefgebiedNamedBy("Werk & Opleiding")).toBe("werk_opleiding");
    expect(leefgebiedNamedBy("Verblijfsstatus:")).toBe("verblijfsstatus");
  });

  it("guesses nothing for a line that names several domains, or says more than the name", () => {
    expect(leefgebiedNamedBy("Gezondheid en middelengebruik:")).toBeNull();
    expect(leefgebiedNamedBy("Huisvesting: urgentie aanvragen")).toBeNull();
    expect(leefgebiedNamedBy("")).toBeNull();
  });
});
