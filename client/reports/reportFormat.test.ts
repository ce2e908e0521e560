import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, formatNumber, formatShare } from "./reportFormat.js";
import { periodOfValues } from "./reportPeriodForm.js";

describe("how the Rapportages page writes its figures", () => {
  it("writes a month in Dutch, the same in every time zone", () => {
    expect(formatMonth("2025-03")).toBe("maart 2025");
    expect(formatMonth("2025-01")).toBe("januari 2025");
  });

  it("writes a calendar day as dd-mm-jjjj", () => {
    expect(formatDay("2025-01-01")).toBe("01-01-2025");
  });

  it("writes a median with a decimal comma and a share in whole percent", () => {
    expect(formatNumber(16.5)).toBe("16,5");
    expect(formatNumber(3)).toBe("3");
    expect(formatShare(67)).toBe("67%");
    expect(formatShare(null)).toBe("–");
  });
});

describe("the period form", () => {
  it("accepts a period that runs forwards", () => {
    expect(periodOfValues({ from: "2025-01-01", to: "2025-03-31" })).toEqual({
      ok: true,
      period: { from: "2025-01-01", to: "2025-03-31" },
    });
  });

  it("names the field and the reason of a wrong period in Dutch", () => {
    expect(periodOfValues({ from: "2025-03-01", to: "2025-02-01" })).toEqual({
      ok: false,
      message: "Tot en met: de einddatum ligt voor de begindatum.",
    });
    expect(periodOfValues({ from: "", to: "2025-02-01" })).toEqual({
      ok: false,
      message: "Van: datum moet een bestaande dag zijn, als jjjj-mm-dd.",
    });
  });
});
