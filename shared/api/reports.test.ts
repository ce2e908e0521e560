import { describe, expect, it } from "vitest";
import {
  firstOfMonthBefore,
  ReportPeriodSchema,
  ReportQuerySchema,
  reportPeriodOf,
} from "./reports.js";

describe("the period of a report", () => {
  it("covers this month and the eleven before when the query names no dates", () => {
    expect(reportPeriodOf({}, "2025-04-15")).toEqual({ from: "2024-05-01", to: "2025-04-15" });
    expect(reportPeriodOf({}, "2025-12-31")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("fills in only the date the query leaves out", () => {
    expect(reportPeriodOf({ from: "2025-02-01" }, "2025-04-15")).toEqual({
      from: "2025-02-01",
      to: "2025-04-15",
    });
    expect(reportPeriodOf({ to: "2025-03-31" }, "2025-04-15")).toEqual({
      from: "2024-04-01",
      to: "2025-03-31",
    });
    // A begin date after today reads as that one day, not as a period running backwards.
    expect(reportPeriodOf({ from: "2025-05-01" }, "2025-04-15")).toEqual({
      from: "2025-05-01",
      to: "2025-05-01",
    });
  });

  it("finds the first of a month across the turn of the year", () => {
    expect(firstOfMonthBefore("2025-01-20", 1)).toBe("2024-12-01");
    expect(firstOfMonthBefore("2025-03-31", 14)).toBe("2024-01-01");
  });

  it("refuses dates that are no calendar days, with a Dutch message", () => {
    const bad = ReportQuerySchema.safeParse({ from: "2025-02-30" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("datum moet een bestaande dag zijn, als jjjj-mm-dd");
    expect(ReportQuerySchema.safeParse({ to: ["2025-01-01", "2025-02-01"] }).success).toBe(false);
  });

  it("refuses a period that runs backwards or spans more than five years", () => {
    const backwards = ReportPeriodSchema.safeParse({ from: "2025-03-01", to: "2025-02-01" });
    expect(backwards.error?.issues[0]).toMatchObject({
      path: ["to"],
      message: "de einddatum ligt voor de begindatum",
    });
    const long = ReportPeriodSchema.safeParse({ from: "2019-01-01", to: "2025-01-01" });
    expect(long.error?.issues[0]).toMatchObject({
      path: ["from"],
      message: "de periode mag hoogstens vijf jaar zijn",
    });
    expect(ReportPeriodSchema.safeParse({ from: "2020-01-01", to: "2024-12-31" }).success).toBe(
      true,
    );
    expect(ReportPeriodSchema.safeParse({ from: "2025-01-01", to: "2025-01-01" }).success).toBe(
      true,
    );
  });
});
