import { describe, expect, it } from "vitest";
import { addMonths } from "./dates.js";

describe("adding calendar months to a date", () => {
  it("keeps the day of the month, across years", () => {
    expect(addMonths("2025-11-23", 24)).toBe("2027-11-23");
    expect(addMonths("2025-11-23", 2)).toBe("2026-01-23");
    expect(addMonths("2026-01-23", -2)).toBe("2025-11-23");
  });

  it("falls back to the last day of a shorter month", () => {
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
  });

  it("refuses a date that does not exist", () => {
    expect(addMonths("2025-02-30", 1)).toBeNull();
    expect(addMonths("23-11-2025", 1)).toBeNull();
  });
});
