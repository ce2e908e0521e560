import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dutchDate } from "../../shared/domain/regionTime.js";
import { dutchMomentOf, inPeriod, monthsOf } from "./dutchTime.js";

const DUTCH_HOUR = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  hour: "2-digit",
  hourCycle: "h23",
});

describe("placing instants on the Dutch calendar", () => {
  it("puts half past midnight on 1 February (winter time) in February, though UTC still says January", () => {
    expect(dutchMomentOf("2025-01-31T23:30:00.000Z")).toEqual({
      date: "2025-02-01",
      month: "2025-02",
      hour: 0,
    });
  });

  it("puts half past midnight on 1 July (summer time, two hours ahead) in July", () => {
    expect(dutchMomentOf("2025-06-30T22:30:00.000Z")).toEqual({
      date: "2025-07-01",
      month: "2025-07",
      hour: 0,
    });
    expect(dutchMomentOf("2025-06-30T21:59:00.000Z")?.month).toBe("2025-06");
  });

  it("puts the turn of the year in the new year by Dutch time", () => {
    expect(dutchMomentOf("2024-12-31T23:00:00.000Z")?.date).toBe("2025-01-01");
  });

  it("reads the hour on the Dutch clock on the night summer time starts", () => {
    expect(dutchMomentOf("2025-03-30T00:30:00.000Z")?.hour).toBe(1);
    expect(dutchMomentOf("2025-03-30T01:30:00.000Z")?.hour).toBe(3);
  });

  it("reads the hour on the Dutch clock on the night summer time ends", () => {
    expect(dutchMomentOf("2025-10-26T00:30:00.000Z")?.hour).toBe(2);
    expect(dutchMomentOf("2025-10-26T01:30:00.000Z")?.hour).toBe(2);
    expect(dutchMomentOf("2025-10-26T02:30:00.000Z")?.hour).toBe(3);
  });

  it("agrees with the Dutch calendar and clock for every instant", () => {
    const instant = fc.date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2040-12-31T23:59:59Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instant, (at) => {
        const moment = dutchMomentOf(at.toISOString());
        expect(moment?.date).toBe(dutchDate(at));
        expect(moment?.hour).toBe(Number(DUTCH_HOUR.format(at)));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers null for a timestamp that is not one", () => {
    expect(dutchMomentOf("gisteren")).toBeNull();
  });
});

describe("periods of Dutch calendar days", () => {
  it("includes both the first and the last day", () => {
    const period = { from: "2025-01-01", to: "2025-01-31" };
    expect(inPeriod("2025-01-01", period)).toBe(true);
    expect(inPeriod("2025-01-31", period)).toBe(true);
    expect(inPeriod("2024-12-31", period)).toBe(false);
    expect(inPeriod("2025-02-01", period)).toBe(false);
    expect(inPeriod(null, period)).toBe(false);
  });

  it("lists every month a period touches, across the turn of the year", () => {
    expect(monthsOf({ from: "2024-11-15", to: "2025-02-03" })).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(monthsOf({ from: "2025-05-10", to: "2025-05-10" })).toEqual(["2025-05"]);
  });
});
