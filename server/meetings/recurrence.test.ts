import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "./recurrence.js";
import { instantOfWallTime, wallTimeOf } from "../../shared/domain/regionTime.js";

describe("recurring overleggen", () => {
  it("plans a single overleg when there is no pattern", () => {
    expect(expandRecurrence("2026-03-03", undefined)).toEqual(["2026-03-03"]);
  });

  it("repeats a Tuesday weekly, on Tuesdays, across a month end", () => {
    const dates = expandRecurrence("2026-03-24", { frequency: "wekelijks", occurrences: 3 });
    expect(dates).toEqual(["2026-03-24", "2026-03-31", "2026-04-07"]);
    expect(dates.map((d) => new Date(`${d}T12:00:00Z`).getUTCDay())).toEqual([2, 2, 2]);
  });

  it("keeps 13:00 on the clock across the switch to summer time", () => {
    const [before, after] = expandRecurrence("2026-03-24", {
      frequency: "wekelijks",
      occurrences: 2,
    }).map((date) => instantOfWallTime(date, "13:00"));
    expect(before?.toISOString()).toBe("2026-03-24T12:00:00.000Z");
    expect(after?.toISOString()).toBe("2026-03-31T11:00:00.000Z");
  });

  it("turns every wall time of a day back into the same wall time", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z") }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (day, hour, minute) => {
          if (Number.isNaN(day.getTime())) return;
          const date = day.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
          const wall = wallTimeOf(instantOfWallTime(date, time));
          // 02:xx on the last Sunday of March does not exist in the region; it moves an hour on.
          if (wall.date === date && wall.time !== time) expect(hour).toBe(2);
          else expect(wall).toEqual({ date, time });
        },
      ),
    );
  });
});
