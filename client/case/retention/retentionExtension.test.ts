import { describe, expect, it } from "vitest";
import { checkExtension, dayAfter, latestExtension, NO_EXTENSION } from "./retentionExtension.js";

const KEPT_UNTIL = "2027-03-31";
const REASON = "Lopende procedure bij de rechtbank.";

describe("checking an extension of the bewaartermijn", () => {
  it("sends a later date with the reason as written, trimmed", () => {
    expect(checkExtension({ tot: "2028-01-15", reden: `  ${REASON} ` }, KEPT_UNTIL)).toEqual({
      ok: true,
      value: { tot: "2028-01-15", reden: REASON },
    });
  });

  it("asks for a date and a reason when neither was given", () => {
    expect(checkExtension(NO_EXTENSION, KEPT_UNTIL)).toEqual({
      ok: false,
      errors: {
        tot: "Kies een datum.",
        reden: "Licht de verlenging toe in ten minste 10 tekens.",
      },
    });
  });

  it("refuses the day the case is kept until now, and any earlier day, naming that day", () => {
    const refused = {
      ok: false,
      errors: { tot: "Kies een datum na de huidige bewaartermijn (31-03-2027)." },
    };
    expect(checkExtension({ tot: KEPT_UNTIL, reden: REASON }, KEPT_UNTIL)).toEqual(refused);
    expect(checkExtension({ tot: "2026-12-01", reden: REASON }, KEPT_UNTIL)).toEqual(refused);
  });

  it("refuses a date that does not exist", () => {
    expect(checkExtension({ tot: "2028-02-30", reden: REASON }, KEPT_UNTIL)).toEqual({
      ok: false,
      errors: { tot: "Kies een datum." },
    });
  });

  it("refuses a date more than ten years from today, as the server would", () => {
    // 00:30 on 1 March 2026 in the Netherlands is still February in UTC.
    const latest = latestExtension(new Date("2026-02-28T23:30:00.000Z"));
    expect(latest).toBe("2036-03-01");
    expect(checkExtension({ tot: latest, reden: REASON }, KEPT_UNTIL, latest).ok).toBe(true);
    expect(checkExtension({ tot: "2036-03-02", reden: REASON }, KEPT_UNTIL, latest)).toEqual({
      ok: false,
      errors: { tot: "Verleng tot ten hoogste 01-03-2036." },
    });
  });

  it("refuses a reason longer than a thousand characters", () => {
    expect(checkExtension({ tot: "2028-01-15", reden: "x".repeat(1001) }, KEPT_UNTIL)).toEqual({
      ok: false,
      errors: { reden: "Gebruik voor de reden ten hoogste 1000 tekens." },
    });
  });
});

describe("the first date an extension may choose", () => {
  it("is the next calendar day, across the end of a month and a leap day", () => {
    expect(dayAfter("2027-03-31")).toBe("2027-04-01");
    expect(dayAfter("2028-02-28")).toBe("2028-02-29");
    expect(dayAfter("2026-12-31")).toBe("2027-01-01");
  });

  it("leaves text that is no date as it is", () => {
    expect(dayAfter("onbekend")).toBe("onbekend");
  });
});
