import { describe, expect, it } from "vitest";
import {
  dutchCalendarDate,
  dutchDate,
  dutchDateOf,
  instantOfWallTime,
  wallTimeOf,
} from "./regionTime.js";

describe("the region's calendar and clock", () => {
  it("puts half past midnight Dutch time on the Dutch date, though UTC still says the day before", () => {
    // 23:30 UTC is 00:30 in winter (UTC+1) and 01:30 in summer (UTC+2).
    expect(dutchDate(new Date("2025-01-31T23:30:00Z"))).toBe("2025-02-01");
    expect(dutchDate(new Date("2025-06-30T23:30:00Z"))).toBe("2025-07-01");
    expect(dutchDate(new Date("2025-01-31T22:59:00Z"))).toBe("2025-01-31");
  });

  it("reads the wall clock one hour ahead of UTC in winter and two in summer", () => {
    expect(wallTimeOf(new Date("2025-01-15T12:00:00Z"))).toEqual({
      date: "2025-01-15",
      time: "13:00",
    });
    expect(wallTimeOf(new Date("2025-07-15T12:00:00Z"))).toEqual({
      date: "2025-07-15",
      time: "14:00",
    });
  });

  it("turns a wall-clock time back into the instant, on both sides of the switch to summer time", () => {
    expect(instantOfWallTime("2025-03-29", "13:00").toISOString()).toBe("2025-03-29T12:00:00.000Z");
    expect(instantOfWallTime("2025-03-31", "13:00").toISOString()).toBe("2025-03-31T11:00:00.000Z");
  });

  it("writes a date as Dutch readers do", () => {
    expect(dutchCalendarDate("2025-03-02")).toBe("02-03-2025");
    expect(dutchDateOf(new Date("2025-03-01T23:30:00Z"))).toBe("02-03-2025");
  });
});
