import { describe, expect, it } from "vitest";
import { meetingDateLine } from "./verslagGenerator.js";

describe("the verslag's date line", () => {
  it("gives the planned start alone when the overleg began then, or has not begun", () => {
    const startsAt = "2026-03-03T12:00:00.000Z";
    expect(meetingDateLine({ startsAt })).toBe("dinsdag 3 maart 2026 om 13:00");
    expect(meetingDateLine({ startsAt, startedAt: "2026-03-03T12:00:40.000Z" })).toBe(
      "dinsdag 3 maart 2026 om 13:00",
    );
  });

  it("adds when it really began, so a version fixed before the planned start reads right", () => {
    expect(
      meetingDateLine({
        startsAt: "2026-03-03T08:50:00.000Z",
        startedAt: "2026-03-03T08:37:00.000Z",
      }),
    ).toBe("dinsdag 3 maart 2026 om 09:50 (gepland; begonnen om 09:37)");
    expect(
      meetingDateLine({
        startsAt: "2026-03-10T08:50:00.000Z",
        startedAt: "2026-03-03T08:37:00.000Z",
      }),
    ).toBe("dinsdag 10 maart 2026 om 09:50 (gepland; begonnen dinsdag 3 maart 2026 om 09:37)");
  });
});
